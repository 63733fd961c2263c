-- The end customer's name and domain as channel-conflict keys, the same as customerNameKey and
-- customerDomainKey in shared/rules/channel-conflict.ts (read that file for why each step is what
-- it is); test/integration/channel-conflicts.test.ts checks both give the same key. Deals have
-- expression indexes on both (008_deal_customer_keys.sql), so the store finds a registration's
-- candidates without reading every deal. Written without unaccent (PGlite does not ship it) and
-- without lower() (its result depends on the database's locale): NFD, then explicit tables.
-- IMMUTABLE because the indexes need it: a change here that changes any key is a numbered
-- migration that rebuilds those indexes (REINDEX), or lookups miss rows.

CREATE OR REPLACE FUNCTION customer_name_key(name text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  -- shared/rules/legal-forms.ts, in the same order (the test compares the two lists).
  legal_forms CONSTANT text[] := ARRAY[
    'sa', 'sau', 'sl', 'slu', 'sll', 'sa de cv', 'sab de cv', 'sapi de cv', 'sapi', 's de rl',
    's de rl de cv', 'srl de cv', 'sc', 'srl', 'sas', 'sac', 'saa', 'saic', 'ltda', 'limitada',
    'eirl', 'cia', 'y cia', 's en c', 'sociedad anonima', 'lda', 'e cia', 'unipessoal', 'eireli',
    'spa', 'srls', 'snc', 'sapa', 'scarl', 'scrl', 'gmbh', 'mbh', 'ag', 'kg', 'kgaa', 'ohg',
    'gbr', 'ug', 'ug haftungsbeschrankt', 'ek', 'ev', 'se', 'und co', 'inc', 'incorporated',
    'llc', 'llp', 'lp', 'ltd', 'limited', 'corp', 'corporation', 'co', 'company', 'and co',
    'plc', 'pty', 'sarl', 'sasu', 'eurl', 'cie', 'et cie', 'bv', 'nv', 'ab', 'oy', 'oyj'
  ];
  legal_form_words CONSTANT integer := 8;
  text_key text;
  words text[];
  last_word integer;
  stripped integer;
  window_key text;
  previous_initial boolean;
BEGIN
  text_key := regexp_replace(normalize(name, NFD),
    '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g');
  text_key := replace(replace(text_key, 'ß', 'ss'), 'ẞ', 'ss');
  text_key := replace(replace(text_key, 'æ', 'ae'), 'Æ', 'ae');
  text_key := replace(replace(text_key, 'œ', 'oe'), 'Œ', 'oe');
  text_key := replace(replace(text_key, 'þ', 'th'), 'Þ', 'th');
  text_key := translate(text_key, 'øØłŁđĐðÐı', 'oollddddi');
  text_key := translate(text_key, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz');
  -- Dots and apostrophes join what they separate ("S.A." is "sa").
  text_key := translate(text_key, '.''’`', '');
  text_key := regexp_replace(text_key,
    '[\u0001-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u00bf\u00d7\u00f7\u2000-\u206f\u3000\ufeff]+',
    ' ', 'g');
  text_key := btrim(text_key, ' ');
  IF text_key = '' THEN
    RETURN '';
  END IF;
  words := string_to_array(text_key, ' ');
  last_word := cardinality(words);
  -- Legal forms come off the end, one after another, never the last word left.
  LOOP
    stripped := 0;
    FOR word_count IN REVERSE least(legal_form_words, last_word - 1)..1 LOOP
      -- One-letter words in a row read as one ("s a" is "sa").
      window_key := '';
      previous_initial := false;
      FOR word_index IN last_word - word_count + 1..last_word LOOP
        IF window_key = '' OR (length(words[word_index]) = 1 AND previous_initial) THEN
          window_key := window_key || words[word_index];
        ELSE
          window_key := window_key || ' ' || words[word_index];
        END IF;
        previous_initial := length(words[word_index]) = 1;
      END LOOP;
      IF window_key = ANY (legal_forms) THEN
        stripped := word_count;
        EXIT;
      END IF;
    END LOOP;
    EXIT WHEN stripped = 0;
    last_word := last_word - stripped;
  END LOOP;
  RETURN array_to_string(words[1:last_word], ' ');
END
$$;

CREATE OR REPLACE FUNCTION customer_domain_key(domain text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
BEGIN
  RETURN regexp_replace(
    regexp_replace(
      translate(btrim(domain, E' \t\n\r'), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'),
      '\.+$', ''),
    '^www\.', '');
END
$$;
