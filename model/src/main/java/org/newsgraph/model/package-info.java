/**
 * The data model: immutable records shared by every module. Offsets are half-open {@code [start, end)} Java
 * {@code String} indices into {@link org.newsgraph.model.Article#text()}.
 */
package org.newsgraph.model;
