-- Territories gain money a manager can add up (territories schema version 2,
-- shared/schema/territory.ts): a reporting currency (USD until the territory says otherwise),
-- the store's dated exchange rates to USD, and no rollup yet (server/rollups/ computes it). The
-- same upgrade as the client's RxDB migration strategy, except that the store fills in the rates
-- it holds where the client, having none, leaves the list empty until it pulls
-- this change.
UPDATE territories
SET doc = doc || jsonb_build_object(
  'reportingCurrency', 'USD',
  'exchangeRates', jsonb_build_object(
    'baseCurrency', 'USD',
    'rates', COALESCE(
      (SELECT jsonb_agg(
          jsonb_build_object(
            'currency', rate.currency,
            'validOn', to_char(rate.valid_on, 'YYYY-MM-DD'),
            'unitsPerBase', rate.units_per_base
          ) ORDER BY rate.currency, rate.valid_on)
       FROM exchange_rates rate WHERE rate.base_currency = 'USD'),
      '[]'::jsonb)
  ),
  'rollup', NULL
),
-- A new change number, so a client that already holds the territory pulls the rates.
seq = nextval('change_seq'), updated_at = now()
WHERE NOT doc ? 'reportingCurrency';
