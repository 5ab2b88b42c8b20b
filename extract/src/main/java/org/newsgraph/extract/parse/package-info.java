/** Views of CoreNLP's annotation that several stages read: the dependency tree of a sentence. */
package org.newsgraph.extract.parse;
