-- The newsgraph store: one row per document, per entity and mention, per quote, event and place.
-- Offsets are character offsets into documents.text, as in the JSON record.
-- seq is the ingest batch a document came in: the full-text index records the last batch it holds.
CREATE TABLE IF NOT EXISTS documents (
  id VARCHAR PRIMARY KEY,
  seq BIGINT NOT NULL,
  source VARCHAR NOT NULL,
  url VARCHAR,
  title VARCHAR,
  published DATE,
  published_from VARCHAR,
  language VARCHAR,
  text VARCHAR NOT NULL,
  problems INTEGER NOT NULL,
  record VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS actors (
  id BIGINT PRIMARY KEY,
  name VARCHAR NOT NULL,
  type VARCHAR NOT NULL,
  country VARCHAR,
  code VARCHAR
);
CREATE TABLE IF NOT EXISTS entities (
  doc_id VARCHAR NOT NULL,
  entity_id VARCHAR NOT NULL,
  actor_id BIGINT NOT NULL,
  name VARCHAR NOT NULL,
  type VARCHAR NOT NULL,
  code VARCHAR,
  country VARCHAR,
  titles VARCHAR[] NOT NULL,
  mentions INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS mentions (
  doc_id VARCHAR NOT NULL,
  entity_id VARCHAR NOT NULL,
  actor_id BIGINT NOT NULL,
  "start" INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS quotes (
  doc_id VARCHAR NOT NULL,
  n INTEGER NOT NULL,
  text VARCHAR NOT NULL,
  "start" INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  direct BOOLEAN NOT NULL,
  partial BOOLEAN NOT NULL,
  speaker VARCHAR,
  speaker_entity VARCHAR,
  speaker_actor BIGINT,
  cue VARCHAR,
  confidence DOUBLE NOT NULL,
  date DATE,
  place_name VARCHAR,
  place_country VARCHAR,
  lat DOUBLE,
  lon DOUBLE
);
CREATE TABLE IF NOT EXISTS events (
  doc_id VARCHAR NOT NULL,
  n INTEGER NOT NULL,
  source_text VARCHAR NOT NULL,
  source_code VARCHAR NOT NULL,
  source_entity VARCHAR,
  source_actor BIGINT,
  target_text VARCHAR NOT NULL,
  target_code VARCHAR NOT NULL,
  target_entity VARCHAR,
  target_actor BIGINT,
  cameo VARCHAR NOT NULL,
  root VARCHAR NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein DOUBLE NOT NULL,
  plover_type VARCHAR,
  plover_mode VARCHAR,
  date DATE,
  place_name VARCHAR,
  place_country VARCHAR,
  lat DOUBLE,
  lon DOUBLE,
  sentence_start INTEGER NOT NULL,
  sentence_end INTEGER NOT NULL,
  rule VARCHAR NOT NULL,
  count INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS places (
  doc_id VARCHAR NOT NULL,
  n INTEGER NOT NULL,
  name VARCHAR NOT NULL,
  country VARCHAR,
  lat DOUBLE,
  lon DOUBLE,
  geonames BIGINT,
  kind VARCHAR NOT NULL,
  mentions INTEGER NOT NULL
);
-- Stories (README, "Stories"), one row per document: its outlet (URL host, else source), the first
-- seen document it copies (null when none) and their estimated similarity, the MinHash signature
-- (64 big-endian 32-bit values) the near-duplicate index is rebuilt from, the sorted hashes of its
-- key terms (32-bit values) that event merging compares, and its tone.
CREATE TABLE IF NOT EXISTS document_stories (
  doc_id VARCHAR NOT NULL,
  outlet VARCHAR NOT NULL,
  duplicate_of VARCHAR,
  similarity DOUBLE,
  signature BLOB NOT NULL,
  terms BLOB NOT NULL,
  tone DOUBLE NOT NULL,
  positive DOUBLE NOT NULL,
  negative DOUBLE NOT NULL,
  polarity DOUBLE NOT NULL,
  self_reference DOUBLE NOT NULL,
  words INTEGER NOT NULL
);
-- One row per event (n below 1000): its cluster (the GLOBALEVENTID of the cluster's first event),
-- what it merges on (source|target|root), its day and the tone of its sentence.
CREATE TABLE IF NOT EXISTS event_clusters (
  doc_id VARCHAR NOT NULL,
  n INTEGER NOT NULL,
  cluster BIGINT NOT NULL,
  merge_key VARCHAR NOT NULL,
  day DATE,
  tone DOUBLE NOT NULL
);
-- Story clusters (README, "Stories"): a story is named by the id of its first document; its label
-- (most frequent actors, most characteristic key terms, as when it last got a document), its first
-- and last dates and documents (copies included). story_documents: each document's story, whether
-- it joined as a copy of a document of it, and its similarity to the story when it joined one.
CREATE TABLE IF NOT EXISTS stories (
  id VARCHAR NOT NULL,
  label VARCHAR NOT NULL,
  first_date DATE,
  last_date DATE,
  documents INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS story_documents (
  doc_id VARCHAR NOT NULL,
  story VARCHAR NOT NULL,
  copy BOOLEAN NOT NULL,
  similarity DOUBLE
);
CREATE INDEX IF NOT EXISTS entities_doc ON entities (doc_id);
CREATE INDEX IF NOT EXISTS mentions_actor ON mentions (actor_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_actor);
CREATE INDEX IF NOT EXISTS events_source ON events (source_actor);
CREATE INDEX IF NOT EXISTS events_target ON events (target_actor);
