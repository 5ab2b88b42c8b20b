/**
 * Country facts several stages share: the GeoNames country table ({@link
 * org.newsgraph.extract.countries.CountryTable}) and the country an article's outlet publishes from ({@link
 * org.newsgraph.extract.countries.OutletCountry}).
 */
package org.newsgraph.extract.countries;
