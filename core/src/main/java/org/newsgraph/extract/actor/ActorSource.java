package org.newsgraph.extract.actor;

/**
 * Which dictionary an actor entry comes from, a first hint at its kind: {@link #COUNTRIES} holds
 * states, their regions, cities, institutions and office-holders; {@link #INTERNATIONAL}
 * international and non-governmental organisations, companies and their leaders; {@link #NON_STATE}
 * militant non-state groups.
 */
public enum ActorSource {
  COUNTRIES,
  INTERNATIONAL,
  NON_STATE
}
