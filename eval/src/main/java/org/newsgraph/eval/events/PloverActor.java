package org.newsgraph.eval.events;

/**
 * A gold actor of a PLOVER GSR record.
 *
 * @param actorText how the sentence names it
 * @param code ISO 3166 alpha-3 country ({@code JOR}), or another code such as {@code IGO}
 * @param sector CAMEO-style sector code ({@code GOV}, {@code REB}, sometimes with an ethnicity: {@code CVLalb}), or
 *     null
 */
public record PloverActor(String actorText, String code, String sector) {}
