-- Notes are commands (docs/sync-protocol.md, "Push notes"): an activity carries the store's
-- outcome and, for a note a CAM pushed, the time it was written on the laptop. Every activity
-- stored before came from the store itself, so it is accepted as of its own time, as the
-- client's upgrade to activities version 2 does (shared/schema/activity.ts). Documents keep
-- their change numbers: clients upgrade their copies by the same rule and pull nothing again.
UPDATE activities
SET doc = jsonb_build_object(
    'writtenAt', NULL,
    'outcome', jsonb_build_object('status', 'accepted', 'reason', NULL, 'recordedAt', doc->'at')
  ) || doc
WHERE NOT doc ? 'outcome';
