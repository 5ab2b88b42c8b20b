/** The CoreNLP adapter: the only package that sees CoreNLP types, which never leave it. */
package org.newsgraph.corenlp;
