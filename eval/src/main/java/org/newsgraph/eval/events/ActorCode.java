package org.newsgraph.eval.events;

/**
 * What newsgraph coded for one actor of a sentence.
 *
 * @param name its canonical name
 * @param cameo its PETRARCH/CAMEO code ({@code IRNGOV}), or null
 * @param country ISO 3166 alpha-3 code, or null
 * @param sector sector ({@code government}), or null
 */
public record ActorCode(String name, String cameo, String country, String sector) {}
