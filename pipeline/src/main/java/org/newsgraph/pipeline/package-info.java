/**
 * The pipeline's stage interfaces and {@link org.newsgraph.pipeline.Pipeline}, which wires them in a fixed order.
 */
package org.newsgraph.pipeline;
