/**
 * {@code eval geo}: toponym detection and resolution on geo JSONL (GeoWebNews, GeoVirus, LGL, TR-News): accuracy
 * within 161 km, mean and median error distance, detection precision and recall by span overlap.
 */
package org.newsgraph.eval.geo;
