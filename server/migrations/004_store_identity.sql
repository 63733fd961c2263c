-- The store's own identity: a random id made once, when the store is created. Clients name their
-- local database after it (with the user), so the data follows the store, not the address it
-- answers on: the desktop's embedded store may listen on another port at each launch.
CREATE TABLE store_identity (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  id text NOT NULL
);

INSERT INTO store_identity (id) VALUES (replace(gen_random_uuid()::text, '-', ''));
