/*
 * Generated from the shared schemas (renderer/sync/answer-schemas.ts) by TypeBox's Code(): do
 * not edit. Regenerate after any schema change with `npx tsx scripts/generate-answer-validators.ts`.
 * The checks are written ahead of time because the Electron renderer's CSP (no 'unsafe-eval')
 * forbids generating them at run time. TypeBox's code is untyped JavaScript, hence no type
 * checking here; each export is typed.
 */
// @ts-nocheck
import { Guard } from 'typebox/guard';

/** True when the value is a valid answer of its kind. */
export type Check = (value: unknown) => boolean;

/** A pull answer, by collection. */
export const pullPageChecks: ReadonlyMap<string, Check> = new Map([
  [
    'territories',
    (() => {
      const External = [
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^[A-Z]{2}$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^\\d{4}-\\d{2}$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('(^seq$|^scope$)', 'u'),
      ];
      const check_0 = (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        'documents' in value &&
        'checkpoint' in value &&
        Object.getOwnPropertyNames(value).length === 2 &&
        Array.isArray(value.documents) &&
        value.documents.every(
          (unique_0, index) =>
            typeof unique_0 === 'object' &&
            unique_0 !== null &&
            !Array.isArray(unique_0) &&
            'id' in unique_0 &&
            'name' in unique_0 &&
            'region' in unique_0 &&
            'countries' in unique_0 &&
            'camIds' in unique_0 &&
            'managerId' in unique_0 &&
            'reportingCurrency' in unique_0 &&
            'exchangeRates' in unique_0 &&
            'rollup' in unique_0 &&
            'updatedAt' in unique_0 &&
            '_deleted' in unique_0 &&
            Object.getOwnPropertyNames(unique_0).length === 11 &&
            typeof unique_0.id === 'string' &&
            (unique_0.id.length >= 2 ||
              (unique_0.id.length >= 1 && Guard.CodePointCount(unique_0.id) >= 1)) &&
            (unique_0.id.length <= 64 ||
              (unique_0.id.length <= 128 && Guard.CodePointCount(unique_0.id) <= 64)) &&
            External[0].test(unique_0.id) &&
            typeof unique_0.name === 'string' &&
            (unique_0.name.length >= 2 ||
              (unique_0.name.length >= 1 && Guard.CodePointCount(unique_0.name) >= 1)) &&
            (unique_0.name.length <= 200 ||
              (unique_0.name.length <= 400 && Guard.CodePointCount(unique_0.name) <= 200)) &&
            External[1].test(unique_0.name) &&
            typeof unique_0.region === 'string' &&
            (unique_0.region.length <= 60 ||
              (unique_0.region.length <= 120 && Guard.CodePointCount(unique_0.region) <= 60)) &&
            Array.isArray(unique_0.countries) &&
            unique_0.countries.every(
              (unique_1, index) =>
                typeof unique_1 === 'string' &&
                (unique_1.length >= 4 ||
                  (unique_1.length >= 2 && Guard.CodePointCount(unique_1) >= 2)) &&
                (unique_1.length <= 2 ||
                  (unique_1.length <= 4 && Guard.CodePointCount(unique_1) <= 2)) &&
                External[2].test(unique_1),
            ) &&
            unique_0.countries.length <= 60 &&
            Array.isArray(unique_0.camIds) &&
            unique_0.camIds.every(
              (unique_2, index) =>
                typeof unique_2 === 'string' &&
                (unique_2.length >= 2 ||
                  (unique_2.length >= 1 && Guard.CodePointCount(unique_2) >= 1)) &&
                (unique_2.length <= 64 ||
                  (unique_2.length <= 128 && Guard.CodePointCount(unique_2) <= 64)) &&
                External[3].test(unique_2),
            ) &&
            unique_0.camIds.length <= 50 &&
            ((typeof unique_0.managerId === 'string' &&
              (unique_0.managerId.length >= 2 ||
                (unique_0.managerId.length >= 1 &&
                  Guard.CodePointCount(unique_0.managerId) >= 1)) &&
              (unique_0.managerId.length <= 64 ||
                (unique_0.managerId.length <= 128 &&
                  Guard.CodePointCount(unique_0.managerId) <= 64)) &&
              External[4].test(unique_0.managerId)) ||
              unique_0.managerId === null) &&
            typeof unique_0.reportingCurrency === 'string' &&
            (unique_0.reportingCurrency.length >= 6 ||
              (unique_0.reportingCurrency.length >= 3 &&
                Guard.CodePointCount(unique_0.reportingCurrency) >= 3)) &&
            (unique_0.reportingCurrency.length <= 3 ||
              (unique_0.reportingCurrency.length <= 6 &&
                Guard.CodePointCount(unique_0.reportingCurrency) <= 3)) &&
            External[5].test(unique_0.reportingCurrency) &&
            typeof unique_0.exchangeRates === 'object' &&
            unique_0.exchangeRates !== null &&
            !Array.isArray(unique_0.exchangeRates) &&
            'baseCurrency' in unique_0.exchangeRates &&
            'rates' in unique_0.exchangeRates &&
            Object.getOwnPropertyNames(unique_0.exchangeRates).length === 2 &&
            typeof unique_0.exchangeRates.baseCurrency === 'string' &&
            (unique_0.exchangeRates.baseCurrency.length >= 6 ||
              (unique_0.exchangeRates.baseCurrency.length >= 3 &&
                Guard.CodePointCount(unique_0.exchangeRates.baseCurrency) >= 3)) &&
            (unique_0.exchangeRates.baseCurrency.length <= 3 ||
              (unique_0.exchangeRates.baseCurrency.length <= 6 &&
                Guard.CodePointCount(unique_0.exchangeRates.baseCurrency) <= 3)) &&
            External[6].test(unique_0.exchangeRates.baseCurrency) &&
            Array.isArray(unique_0.exchangeRates.rates) &&
            unique_0.exchangeRates.rates.every(
              (unique_3, index) =>
                typeof unique_3 === 'object' &&
                unique_3 !== null &&
                !Array.isArray(unique_3) &&
                'currency' in unique_3 &&
                'validOn' in unique_3 &&
                'unitsPerBase' in unique_3 &&
                Object.getOwnPropertyNames(unique_3).length === 3 &&
                typeof unique_3.currency === 'string' &&
                (unique_3.currency.length >= 6 ||
                  (unique_3.currency.length >= 3 &&
                    Guard.CodePointCount(unique_3.currency) >= 3)) &&
                (unique_3.currency.length <= 3 ||
                  (unique_3.currency.length <= 6 &&
                    Guard.CodePointCount(unique_3.currency) <= 3)) &&
                External[7].test(unique_3.currency) &&
                typeof unique_3.validOn === 'string' &&
                (unique_3.validOn.length >= 20 ||
                  (unique_3.validOn.length >= 10 &&
                    Guard.CodePointCount(unique_3.validOn) >= 10)) &&
                (unique_3.validOn.length <= 10 ||
                  (unique_3.validOn.length <= 20 &&
                    Guard.CodePointCount(unique_3.validOn) <= 10)) &&
                External[8].test(unique_3.validOn) &&
                Number.isFinite(unique_3.unitsPerBase) &&
                unique_3.unitsPerBase > 0,
            ) &&
            unique_0.exchangeRates.rates.length <= 5000 &&
            ((typeof unique_0.rollup === 'object' &&
              unique_0.rollup !== null &&
              !Array.isArray(unique_0.rollup) &&
              'computedAt' in unique_0.rollup &&
              'firstMonth' in unique_0.rollup &&
              'monthCount' in unique_0.rollup &&
              'partners' in unique_0.rollup &&
              Object.getOwnPropertyNames(unique_0.rollup).length === 4 &&
              typeof unique_0.rollup.computedAt === 'string' &&
              (unique_0.rollup.computedAt.length >= 40 ||
                (unique_0.rollup.computedAt.length >= 20 &&
                  Guard.CodePointCount(unique_0.rollup.computedAt) >= 20)) &&
              (unique_0.rollup.computedAt.length <= 30 ||
                (unique_0.rollup.computedAt.length <= 60 &&
                  Guard.CodePointCount(unique_0.rollup.computedAt) <= 30)) &&
              External[9].test(unique_0.rollup.computedAt) &&
              typeof unique_0.rollup.firstMonth === 'string' &&
              (unique_0.rollup.firstMonth.length >= 14 ||
                (unique_0.rollup.firstMonth.length >= 7 &&
                  Guard.CodePointCount(unique_0.rollup.firstMonth) >= 7)) &&
              (unique_0.rollup.firstMonth.length <= 7 ||
                (unique_0.rollup.firstMonth.length <= 14 &&
                  Guard.CodePointCount(unique_0.rollup.firstMonth) <= 7)) &&
              External[10].test(unique_0.rollup.firstMonth) &&
              Number.isInteger(unique_0.rollup.monthCount) &&
              (!(
                Number.isFinite(unique_0.rollup.monthCount) ||
                typeof unique_0.rollup.monthCount === 'bigint'
              ) ||
                (unique_0.rollup.monthCount >= 1 && unique_0.rollup.monthCount <= 36)) &&
              Array.isArray(unique_0.rollup.partners) &&
              unique_0.rollup.partners.every(
                (unique_4, index) =>
                  typeof unique_4 === 'object' &&
                  unique_4 !== null &&
                  !Array.isArray(unique_4) &&
                  'partnerId' in unique_4 &&
                  'registered' in unique_4 &&
                  'approved' in unique_4 &&
                  'won' in unique_4 &&
                  'decided' in unique_4 &&
                  'decidedInSla' in unique_4 &&
                  'turnaroundHours' in unique_4 &&
                  'contacts' in unique_4 &&
                  'certifiedContacts' in unique_4 &&
                  'lanes' in unique_4 &&
                  Object.getOwnPropertyNames(unique_4).length === 10 &&
                  typeof unique_4.partnerId === 'string' &&
                  (unique_4.partnerId.length >= 2 ||
                    (unique_4.partnerId.length >= 1 &&
                      Guard.CodePointCount(unique_4.partnerId) >= 1)) &&
                  (unique_4.partnerId.length <= 64 ||
                    (unique_4.partnerId.length <= 128 &&
                      Guard.CodePointCount(unique_4.partnerId) <= 64)) &&
                  External[11].test(unique_4.partnerId) &&
                  Array.isArray(unique_4.registered) &&
                  unique_4.registered.every(
                    (unique_5, index) =>
                      Number.isInteger(unique_5) &&
                      (!(Number.isFinite(unique_5) || typeof unique_5 === 'bigint') ||
                        unique_5 >= 0),
                  ) &&
                  unique_4.registered.length <= 36 &&
                  Array.isArray(unique_4.approved) &&
                  unique_4.approved.every(
                    (unique_6, index) =>
                      Number.isInteger(unique_6) &&
                      (!(Number.isFinite(unique_6) || typeof unique_6 === 'bigint') ||
                        unique_6 >= 0),
                  ) &&
                  unique_4.approved.length <= 36 &&
                  Array.isArray(unique_4.won) &&
                  unique_4.won.every(
                    (unique_7, index) =>
                      Number.isInteger(unique_7) &&
                      (!(Number.isFinite(unique_7) || typeof unique_7 === 'bigint') ||
                        unique_7 >= 0),
                  ) &&
                  unique_4.won.length <= 36 &&
                  Array.isArray(unique_4.decided) &&
                  unique_4.decided.every(
                    (unique_8, index) =>
                      Number.isInteger(unique_8) &&
                      (!(Number.isFinite(unique_8) || typeof unique_8 === 'bigint') ||
                        unique_8 >= 0),
                  ) &&
                  unique_4.decided.length <= 36 &&
                  Array.isArray(unique_4.decidedInSla) &&
                  unique_4.decidedInSla.every(
                    (unique_9, index) =>
                      Number.isInteger(unique_9) &&
                      (!(Number.isFinite(unique_9) || typeof unique_9 === 'bigint') ||
                        unique_9 >= 0),
                  ) &&
                  unique_4.decidedInSla.length <= 36 &&
                  Array.isArray(unique_4.turnaroundHours) &&
                  unique_4.turnaroundHours.every(
                    (unique_10, index) =>
                      Number.isInteger(unique_10) &&
                      (!(Number.isFinite(unique_10) || typeof unique_10 === 'bigint') ||
                        unique_10 >= 0),
                  ) &&
                  unique_4.turnaroundHours.length <= 36 &&
                  Number.isInteger(unique_4.contacts) &&
                  (!(Number.isFinite(unique_4.contacts) || typeof unique_4.contacts === 'bigint') ||
                    unique_4.contacts >= 0) &&
                  Number.isInteger(unique_4.certifiedContacts) &&
                  (!(
                    Number.isFinite(unique_4.certifiedContacts) ||
                    typeof unique_4.certifiedContacts === 'bigint'
                  ) ||
                    unique_4.certifiedContacts >= 0) &&
                  Array.isArray(unique_4.lanes) &&
                  unique_4.lanes.every(
                    (unique_11, index) =>
                      typeof unique_11 === 'object' &&
                      unique_11 !== null &&
                      !Array.isArray(unique_11) &&
                      'currency' in unique_11 &&
                      'wonMinor' in unique_11 &&
                      'pipelineMinor' in unique_11 &&
                      'revenueMinor' in unique_11 &&
                      'mdfAllocatedMinor' in unique_11 &&
                      'mdfClaimedMinor' in unique_11 &&
                      'mdfPaidMinor' in unique_11 &&
                      Object.getOwnPropertyNames(unique_11).length === 7 &&
                      typeof unique_11.currency === 'string' &&
                      (unique_11.currency.length >= 6 ||
                        (unique_11.currency.length >= 3 &&
                          Guard.CodePointCount(unique_11.currency) >= 3)) &&
                      (unique_11.currency.length <= 3 ||
                        (unique_11.currency.length <= 6 &&
                          Guard.CodePointCount(unique_11.currency) <= 3)) &&
                      External[12].test(unique_11.currency) &&
                      Array.isArray(unique_11.wonMinor) &&
                      unique_11.wonMinor.every(
                        (unique_12, index) =>
                          Number.isInteger(unique_12) &&
                          (!(Number.isFinite(unique_12) || typeof unique_12 === 'bigint') ||
                            unique_12 >= 0),
                      ) &&
                      unique_11.wonMinor.length <= 36 &&
                      Array.isArray(unique_11.pipelineMinor) &&
                      unique_11.pipelineMinor.every(
                        (unique_13, index) =>
                          Number.isInteger(unique_13) &&
                          (!(Number.isFinite(unique_13) || typeof unique_13 === 'bigint') ||
                            unique_13 >= 0),
                      ) &&
                      unique_11.pipelineMinor.length <= 36 &&
                      Array.isArray(unique_11.revenueMinor) &&
                      unique_11.revenueMinor.every(
                        (unique_14, index) =>
                          Number.isInteger(unique_14) &&
                          (!(Number.isFinite(unique_14) || typeof unique_14 === 'bigint') ||
                            unique_14 >= 0),
                      ) &&
                      unique_11.revenueMinor.length <= 36 &&
                      Number.isInteger(unique_11.mdfAllocatedMinor) &&
                      (!(
                        Number.isFinite(unique_11.mdfAllocatedMinor) ||
                        typeof unique_11.mdfAllocatedMinor === 'bigint'
                      ) ||
                        unique_11.mdfAllocatedMinor >= 0) &&
                      Number.isInteger(unique_11.mdfClaimedMinor) &&
                      (!(
                        Number.isFinite(unique_11.mdfClaimedMinor) ||
                        typeof unique_11.mdfClaimedMinor === 'bigint'
                      ) ||
                        unique_11.mdfClaimedMinor >= 0) &&
                      Number.isInteger(unique_11.mdfPaidMinor) &&
                      (!(
                        Number.isFinite(unique_11.mdfPaidMinor) ||
                        typeof unique_11.mdfPaidMinor === 'bigint'
                      ) ||
                        unique_11.mdfPaidMinor >= 0),
                  ) &&
                  unique_4.lanes.length <= 20,
              ) &&
              unique_0.rollup.partners.length <= 20000) ||
              unique_0.rollup === null) &&
            typeof unique_0.updatedAt === 'string' &&
            (unique_0.updatedAt.length >= 40 ||
              (unique_0.updatedAt.length >= 20 &&
                Guard.CodePointCount(unique_0.updatedAt) >= 20)) &&
            (unique_0.updatedAt.length <= 30 ||
              (unique_0.updatedAt.length <= 60 &&
                Guard.CodePointCount(unique_0.updatedAt) <= 30)) &&
            External[13].test(unique_0.updatedAt) &&
            typeof unique_0._deleted === 'boolean',
        ) &&
        ((typeof value.checkpoint === 'object' &&
          value.checkpoint !== null &&
          !Array.isArray(value.checkpoint) &&
          'seq' in value.checkpoint &&
          Object.getOwnPropertyNames(value.checkpoint).every(
            (unique_15, unique_16) => External[14].test(unique_15) || false,
          ) &&
          Number.isInteger(value.checkpoint.seq) &&
          (!(Number.isFinite(value.checkpoint.seq) || typeof value.checkpoint.seq === 'bigint') ||
            (value.checkpoint.seq >= 0 && value.checkpoint.seq <= 999999999999999)) &&
          (value.checkpoint.scope === undefined ||
            !('scope' in value.checkpoint) ||
            (typeof value.checkpoint.scope === 'string' &&
              (value.checkpoint.scope.length <= 32 ||
                (value.checkpoint.scope.length <= 64 &&
                  Guard.CodePointCount(value.checkpoint.scope) <= 32))))) ||
          value.checkpoint === null);
      return function Check(value) {
        return check_0(value);
      };
    })(),
  ],
  [
    'users',
    (() => {
      const External = [
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('(^seq$|^scope$)', 'u'),
      ];
      const check_0 = (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        'documents' in value &&
        'checkpoint' in value &&
        Object.getOwnPropertyNames(value).length === 2 &&
        Array.isArray(value.documents) &&
        value.documents.every(
          (unique_0, index) =>
            typeof unique_0 === 'object' &&
            unique_0 !== null &&
            !Array.isArray(unique_0) &&
            'id' in unique_0 &&
            'name' in unique_0 &&
            'email' in unique_0 &&
            'role' in unique_0 &&
            'territoryIds' in unique_0 &&
            'managerId' in unique_0 &&
            'active' in unique_0 &&
            'away' in unique_0 &&
            'updatedAt' in unique_0 &&
            '_deleted' in unique_0 &&
            Object.getOwnPropertyNames(unique_0).length === 10 &&
            typeof unique_0.id === 'string' &&
            (unique_0.id.length >= 2 ||
              (unique_0.id.length >= 1 && Guard.CodePointCount(unique_0.id) >= 1)) &&
            (unique_0.id.length <= 64 ||
              (unique_0.id.length <= 128 && Guard.CodePointCount(unique_0.id) <= 64)) &&
            External[0].test(unique_0.id) &&
            typeof unique_0.name === 'string' &&
            (unique_0.name.length >= 2 ||
              (unique_0.name.length >= 1 && Guard.CodePointCount(unique_0.name) >= 1)) &&
            (unique_0.name.length <= 200 ||
              (unique_0.name.length <= 400 && Guard.CodePointCount(unique_0.name) <= 200)) &&
            External[1].test(unique_0.name) &&
            typeof unique_0.email === 'string' &&
            (unique_0.email.length <= 254 ||
              (unique_0.email.length <= 508 && Guard.CodePointCount(unique_0.email) <= 254)) &&
            External[2].test(unique_0.email) &&
            typeof unique_0.role === 'string' &&
            (unique_0.role.length <= 16 ||
              (unique_0.role.length <= 32 && Guard.CodePointCount(unique_0.role) <= 16)) &&
            (unique_0.role === 'cam' ||
              unique_0.role === 'regional_manager' ||
              unique_0.role === 'director' ||
              unique_0.role === 'finance' ||
              unique_0.role === 'deal_desk') &&
            Array.isArray(unique_0.territoryIds) &&
            unique_0.territoryIds.every(
              (unique_1, index) =>
                typeof unique_1 === 'string' &&
                (unique_1.length >= 2 ||
                  (unique_1.length >= 1 && Guard.CodePointCount(unique_1) >= 1)) &&
                (unique_1.length <= 64 ||
                  (unique_1.length <= 128 && Guard.CodePointCount(unique_1) <= 64)) &&
                External[3].test(unique_1),
            ) &&
            unique_0.territoryIds.length <= 100 &&
            ((typeof unique_0.managerId === 'string' &&
              (unique_0.managerId.length >= 2 ||
                (unique_0.managerId.length >= 1 &&
                  Guard.CodePointCount(unique_0.managerId) >= 1)) &&
              (unique_0.managerId.length <= 64 ||
                (unique_0.managerId.length <= 128 &&
                  Guard.CodePointCount(unique_0.managerId) <= 64)) &&
              External[4].test(unique_0.managerId)) ||
              unique_0.managerId === null) &&
            typeof unique_0.active === 'boolean' &&
            ((typeof unique_0.away === 'object' &&
              unique_0.away !== null &&
              !Array.isArray(unique_0.away) &&
              'from' in unique_0.away &&
              'until' in unique_0.away &&
              'delegateId' in unique_0.away &&
              Object.getOwnPropertyNames(unique_0.away).length === 3 &&
              typeof unique_0.away.from === 'string' &&
              (unique_0.away.from.length >= 40 ||
                (unique_0.away.from.length >= 20 &&
                  Guard.CodePointCount(unique_0.away.from) >= 20)) &&
              (unique_0.away.from.length <= 30 ||
                (unique_0.away.from.length <= 60 &&
                  Guard.CodePointCount(unique_0.away.from) <= 30)) &&
              External[5].test(unique_0.away.from) &&
              typeof unique_0.away.until === 'string' &&
              (unique_0.away.until.length >= 40 ||
                (unique_0.away.until.length >= 20 &&
                  Guard.CodePointCount(unique_0.away.until) >= 20)) &&
              (unique_0.away.until.length <= 30 ||
                (unique_0.away.until.length <= 60 &&
                  Guard.CodePointCount(unique_0.away.until) <= 30)) &&
              External[6].test(unique_0.away.until) &&
              typeof unique_0.away.delegateId === 'string' &&
              (unique_0.away.delegateId.length >= 2 ||
                (unique_0.away.delegateId.length >= 1 &&
                  Guard.CodePointCount(unique_0.away.delegateId) >= 1)) &&
              (unique_0.away.delegateId.length <= 64 ||
                (unique_0.away.delegateId.length <= 128 &&
                  Guard.CodePointCount(unique_0.away.delegateId) <= 64)) &&
              External[7].test(unique_0.away.delegateId)) ||
              unique_0.away === null) &&
            typeof unique_0.updatedAt === 'string' &&
            (unique_0.updatedAt.length >= 40 ||
              (unique_0.updatedAt.length >= 20 &&
                Guard.CodePointCount(unique_0.updatedAt) >= 20)) &&
            (unique_0.updatedAt.length <= 30 ||
              (unique_0.updatedAt.length <= 60 &&
                Guard.CodePointCount(unique_0.updatedAt) <= 30)) &&
            External[8].test(unique_0.updatedAt) &&
            typeof unique_0._deleted === 'boolean',
        ) &&
        ((typeof value.checkpoint === 'object' &&
          value.checkpoint !== null &&
          !Array.isArray(value.checkpoint) &&
          'seq' in value.checkpoint &&
          Object.getOwnPropertyNames(value.checkpoint).every(
            (unique_2, unique_3) => External[9].test(unique_2) || false,
          ) &&
          Number.isInteger(value.checkpoint.seq) &&
          (!(Number.isFinite(value.checkpoint.seq) || typeof value.checkpoint.seq === 'bigint') ||
            (value.checkpoint.seq >= 0 && value.checkpoint.seq <= 999999999999999)) &&
          (value.checkpoint.scope === undefined ||
            !('scope' in value.checkpoint) ||
            (typeof value.checkpoint.scope === 'string' &&
              (value.checkpoint.scope.length <= 32 ||
                (value.checkpoint.scope.length <= 64 &&
                  Guard.CodePointCount(value.checkpoint.scope) <= 32))))) ||
          value.checkpoint === null);
      return function Check(value) {
        return check_0(value);
      };
    })(),
  ],
  [
    'programs',
    (() => {
      const External = [
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('(^seq$|^scope$)', 'u'),
      ];
      const check_0 = (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        'documents' in value &&
        'checkpoint' in value &&
        Object.getOwnPropertyNames(value).length === 2 &&
        Array.isArray(value.documents) &&
        value.documents.every(
          (unique_0, index) =>
            typeof unique_0 === 'object' &&
            unique_0 !== null &&
            !Array.isArray(unique_0) &&
            'id' in unique_0 &&
            'kind' in unique_0 &&
            'name' in unique_0 &&
            'validFrom' in unique_0 &&
            'validTo' in unique_0 &&
            'tiers' in unique_0 &&
            'spiff' in unique_0 &&
            'authority' in unique_0 &&
            'updatedAt' in unique_0 &&
            '_deleted' in unique_0 &&
            Object.getOwnPropertyNames(unique_0).length === 10 &&
            typeof unique_0.id === 'string' &&
            (unique_0.id.length >= 2 ||
              (unique_0.id.length >= 1 && Guard.CodePointCount(unique_0.id) >= 1)) &&
            (unique_0.id.length <= 64 ||
              (unique_0.id.length <= 128 && Guard.CodePointCount(unique_0.id) <= 64)) &&
            External[0].test(unique_0.id) &&
            typeof unique_0.kind === 'string' &&
            (unique_0.kind.length <= 18 ||
              (unique_0.kind.length <= 36 && Guard.CodePointCount(unique_0.kind) <= 18)) &&
            (unique_0.kind === 'tier_program' ||
              unique_0.kind === 'spiff' ||
              unique_0.kind === 'discount_authority') &&
            typeof unique_0.name === 'string' &&
            (unique_0.name.length >= 2 ||
              (unique_0.name.length >= 1 && Guard.CodePointCount(unique_0.name) >= 1)) &&
            (unique_0.name.length <= 200 ||
              (unique_0.name.length <= 400 && Guard.CodePointCount(unique_0.name) <= 200)) &&
            External[1].test(unique_0.name) &&
            typeof unique_0.validFrom === 'string' &&
            (unique_0.validFrom.length >= 20 ||
              (unique_0.validFrom.length >= 10 &&
                Guard.CodePointCount(unique_0.validFrom) >= 10)) &&
            (unique_0.validFrom.length <= 10 ||
              (unique_0.validFrom.length <= 20 &&
                Guard.CodePointCount(unique_0.validFrom) <= 10)) &&
            External[2].test(unique_0.validFrom) &&
            ((typeof unique_0.validTo === 'string' &&
              (unique_0.validTo.length >= 20 ||
                (unique_0.validTo.length >= 10 && Guard.CodePointCount(unique_0.validTo) >= 10)) &&
              (unique_0.validTo.length <= 10 ||
                (unique_0.validTo.length <= 20 && Guard.CodePointCount(unique_0.validTo) <= 10)) &&
              External[3].test(unique_0.validTo)) ||
              unique_0.validTo === null) &&
            Array.isArray(unique_0.tiers) &&
            unique_0.tiers.every(
              (unique_1, index) =>
                typeof unique_1 === 'object' &&
                unique_1 !== null &&
                !Array.isArray(unique_1) &&
                'tier' in unique_1 &&
                'minRevenue' in unique_1 &&
                'requiredCertifications' in unique_1 &&
                'maxDiscountPercent' in unique_1 &&
                Object.getOwnPropertyNames(unique_1).length === 4 &&
                typeof unique_1.tier === 'string' &&
                (unique_1.tier.length <= 10 ||
                  (unique_1.tier.length <= 20 && Guard.CodePointCount(unique_1.tier) <= 10)) &&
                (unique_1.tier === 'registered' ||
                  unique_1.tier === 'silver' ||
                  unique_1.tier === 'gold' ||
                  unique_1.tier === 'platinum') &&
                typeof unique_1.minRevenue === 'object' &&
                unique_1.minRevenue !== null &&
                !Array.isArray(unique_1.minRevenue) &&
                'amountMinor' in unique_1.minRevenue &&
                'currency' in unique_1.minRevenue &&
                Object.getOwnPropertyNames(unique_1.minRevenue).length === 2 &&
                Number.isInteger(unique_1.minRevenue.amountMinor) &&
                (!(
                  Number.isFinite(unique_1.minRevenue.amountMinor) ||
                  typeof unique_1.minRevenue.amountMinor === 'bigint'
                ) ||
                  (unique_1.minRevenue.amountMinor >= -1000000000000000 &&
                    unique_1.minRevenue.amountMinor <= 1000000000000000)) &&
                typeof unique_1.minRevenue.currency === 'string' &&
                (unique_1.minRevenue.currency.length >= 6 ||
                  (unique_1.minRevenue.currency.length >= 3 &&
                    Guard.CodePointCount(unique_1.minRevenue.currency) >= 3)) &&
                (unique_1.minRevenue.currency.length <= 3 ||
                  (unique_1.minRevenue.currency.length <= 6 &&
                    Guard.CodePointCount(unique_1.minRevenue.currency) <= 3)) &&
                External[4].test(unique_1.minRevenue.currency) &&
                Number.isInteger(unique_1.requiredCertifications) &&
                (!(
                  Number.isFinite(unique_1.requiredCertifications) ||
                  typeof unique_1.requiredCertifications === 'bigint'
                ) ||
                  (unique_1.requiredCertifications >= 0 &&
                    unique_1.requiredCertifications <= 100)) &&
                Number.isFinite(unique_1.maxDiscountPercent) &&
                unique_1.maxDiscountPercent >= 0 &&
                unique_1.maxDiscountPercent <= 100,
            ) &&
            unique_0.tiers.length <= 10 &&
            ((typeof unique_0.spiff === 'object' &&
              unique_0.spiff !== null &&
              !Array.isArray(unique_0.spiff) &&
              'productIds' in unique_0.spiff &&
              'amountPerUnit' in unique_0.spiff &&
              'maxUnitsPerRep' in unique_0.spiff &&
              Object.getOwnPropertyNames(unique_0.spiff).length === 3 &&
              Array.isArray(unique_0.spiff.productIds) &&
              unique_0.spiff.productIds.every(
                (unique_2, index) =>
                  typeof unique_2 === 'string' &&
                  (unique_2.length >= 2 ||
                    (unique_2.length >= 1 && Guard.CodePointCount(unique_2) >= 1)) &&
                  (unique_2.length <= 64 ||
                    (unique_2.length <= 128 && Guard.CodePointCount(unique_2) <= 64)) &&
                  External[5].test(unique_2),
              ) &&
              unique_0.spiff.productIds.length <= 200 &&
              typeof unique_0.spiff.amountPerUnit === 'object' &&
              unique_0.spiff.amountPerUnit !== null &&
              !Array.isArray(unique_0.spiff.amountPerUnit) &&
              'amountMinor' in unique_0.spiff.amountPerUnit &&
              'currency' in unique_0.spiff.amountPerUnit &&
              Object.getOwnPropertyNames(unique_0.spiff.amountPerUnit).length === 2 &&
              Number.isInteger(unique_0.spiff.amountPerUnit.amountMinor) &&
              (!(
                Number.isFinite(unique_0.spiff.amountPerUnit.amountMinor) ||
                typeof unique_0.spiff.amountPerUnit.amountMinor === 'bigint'
              ) ||
                (unique_0.spiff.amountPerUnit.amountMinor >= -1000000000000000 &&
                  unique_0.spiff.amountPerUnit.amountMinor <= 1000000000000000)) &&
              typeof unique_0.spiff.amountPerUnit.currency === 'string' &&
              (unique_0.spiff.amountPerUnit.currency.length >= 6 ||
                (unique_0.spiff.amountPerUnit.currency.length >= 3 &&
                  Guard.CodePointCount(unique_0.spiff.amountPerUnit.currency) >= 3)) &&
              (unique_0.spiff.amountPerUnit.currency.length <= 3 ||
                (unique_0.spiff.amountPerUnit.currency.length <= 6 &&
                  Guard.CodePointCount(unique_0.spiff.amountPerUnit.currency) <= 3)) &&
              External[6].test(unique_0.spiff.amountPerUnit.currency) &&
              Number.isInteger(unique_0.spiff.maxUnitsPerRep) &&
              (!(
                Number.isFinite(unique_0.spiff.maxUnitsPerRep) ||
                typeof unique_0.spiff.maxUnitsPerRep === 'bigint'
              ) ||
                unique_0.spiff.maxUnitsPerRep >= 1)) ||
              unique_0.spiff === null) &&
            Array.isArray(unique_0.authority) &&
            unique_0.authority.every(
              (unique_3, index) =>
                typeof unique_3 === 'object' &&
                unique_3 !== null &&
                !Array.isArray(unique_3) &&
                'role' in unique_3 &&
                'maxDiscountPercent' in unique_3 &&
                'maxAmount' in unique_3 &&
                Object.getOwnPropertyNames(unique_3).length === 3 &&
                typeof unique_3.role === 'string' &&
                (unique_3.role.length <= 16 ||
                  (unique_3.role.length <= 32 && Guard.CodePointCount(unique_3.role) <= 16)) &&
                (unique_3.role === 'cam' ||
                  unique_3.role === 'regional_manager' ||
                  unique_3.role === 'director' ||
                  unique_3.role === 'finance' ||
                  unique_3.role === 'deal_desk') &&
                Number.isFinite(unique_3.maxDiscountPercent) &&
                unique_3.maxDiscountPercent >= 0 &&
                unique_3.maxDiscountPercent <= 100 &&
                ((typeof unique_3.maxAmount === 'object' &&
                  unique_3.maxAmount !== null &&
                  !Array.isArray(unique_3.maxAmount) &&
                  'amountMinor' in unique_3.maxAmount &&
                  'currency' in unique_3.maxAmount &&
                  Object.getOwnPropertyNames(unique_3.maxAmount).length === 2 &&
                  Number.isInteger(unique_3.maxAmount.amountMinor) &&
                  (!(
                    Number.isFinite(unique_3.maxAmount.amountMinor) ||
                    typeof unique_3.maxAmount.amountMinor === 'bigint'
                  ) ||
                    (unique_3.maxAmount.amountMinor >= -1000000000000000 &&
                      unique_3.maxAmount.amountMinor <= 1000000000000000)) &&
                  typeof unique_3.maxAmount.currency === 'string' &&
                  (unique_3.maxAmount.currency.length >= 6 ||
                    (unique_3.maxAmount.currency.length >= 3 &&
                      Guard.CodePointCount(unique_3.maxAmount.currency) >= 3)) &&
                  (unique_3.maxAmount.currency.length <= 3 ||
                    (unique_3.maxAmount.currency.length <= 6 &&
                      Guard.CodePointCount(unique_3.maxAmount.currency) <= 3)) &&
                  External[7].test(unique_3.maxAmount.currency)) ||
                  unique_3.maxAmount === null),
            ) &&
            unique_0.authority.length <= 10 &&
            typeof unique_0.updatedAt === 'string' &&
            (unique_0.updatedAt.length >= 40 ||
              (unique_0.updatedAt.length >= 20 &&
                Guard.CodePointCount(unique_0.updatedAt) >= 20)) &&
            (unique_0.updatedAt.length <= 30 ||
              (unique_0.updatedAt.length <= 60 &&
                Guard.CodePointCount(unique_0.updatedAt) <= 30)) &&
            External[8].test(unique_0.updatedAt) &&
            typeof unique_0._deleted === 'boolean',
        ) &&
        ((typeof value.checkpoint === 'object' &&
          value.checkpoint !== null &&
          !Array.isArray(value.checkpoint) &&
          'seq' in value.checkpoint &&
          Object.getOwnPropertyNames(value.checkpoint).every(
            (unique_4, unique_5) => External[9].test(unique_4) || false,
          ) &&
          Number.isInteger(value.checkpoint.seq) &&
          (!(Number.isFinite(value.checkpoint.seq) || typeof value.checkpoint.seq === 'bigint') ||
            (value.checkpoint.seq >= 0 && value.checkpoint.seq <= 999999999999999)) &&
          (value.checkpoint.scope === undefined ||
            !('scope' in value.checkpoint) ||
            (typeof value.checkpoint.scope === 'string' &&
              (value.checkpoint.scope.length <= 32 ||
                (value.checkpoint.scope.length <= 64 &&
                  Guard.CodePointCount(value.checkpoint.scope) <= 32))))) ||
          value.checkpoint === null);
      return function Check(value) {
        return check_0(value);
      };
    })(),
  ],
  [
    'products',
    (() => {
      const External = [
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^[A-Z]{2}$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('(^seq$|^scope$)', 'u'),
      ];
      const check_0 = (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        'documents' in value &&
        'checkpoint' in value &&
        Object.getOwnPropertyNames(value).length === 2 &&
        Array.isArray(value.documents) &&
        value.documents.every(
          (unique_0, index) =>
            typeof unique_0 === 'object' &&
            unique_0 !== null &&
            !Array.isArray(unique_0) &&
            'id' in unique_0 &&
            'sku' in unique_0 &&
            'name' in unique_0 &&
            'family' in unique_0 &&
            'listPrice' in unique_0 &&
            'active' in unique_0 &&
            'prices' in unique_0 &&
            'updatedAt' in unique_0 &&
            '_deleted' in unique_0 &&
            Object.getOwnPropertyNames(unique_0).length === 9 &&
            typeof unique_0.id === 'string' &&
            (unique_0.id.length >= 2 ||
              (unique_0.id.length >= 1 && Guard.CodePointCount(unique_0.id) >= 1)) &&
            (unique_0.id.length <= 64 ||
              (unique_0.id.length <= 128 && Guard.CodePointCount(unique_0.id) <= 64)) &&
            External[0].test(unique_0.id) &&
            typeof unique_0.sku === 'string' &&
            (unique_0.sku.length >= 2 ||
              (unique_0.sku.length >= 1 && Guard.CodePointCount(unique_0.sku) >= 1)) &&
            (unique_0.sku.length <= 40 ||
              (unique_0.sku.length <= 80 && Guard.CodePointCount(unique_0.sku) <= 40)) &&
            typeof unique_0.name === 'string' &&
            (unique_0.name.length >= 2 ||
              (unique_0.name.length >= 1 && Guard.CodePointCount(unique_0.name) >= 1)) &&
            (unique_0.name.length <= 200 ||
              (unique_0.name.length <= 400 && Guard.CodePointCount(unique_0.name) <= 200)) &&
            External[1].test(unique_0.name) &&
            typeof unique_0.family === 'string' &&
            (unique_0.family.length <= 60 ||
              (unique_0.family.length <= 120 && Guard.CodePointCount(unique_0.family) <= 60)) &&
            typeof unique_0.listPrice === 'object' &&
            unique_0.listPrice !== null &&
            !Array.isArray(unique_0.listPrice) &&
            'amountMinor' in unique_0.listPrice &&
            'currency' in unique_0.listPrice &&
            Object.getOwnPropertyNames(unique_0.listPrice).length === 2 &&
            Number.isInteger(unique_0.listPrice.amountMinor) &&
            (!(
              Number.isFinite(unique_0.listPrice.amountMinor) ||
              typeof unique_0.listPrice.amountMinor === 'bigint'
            ) ||
              (unique_0.listPrice.amountMinor >= -1000000000000000 &&
                unique_0.listPrice.amountMinor <= 1000000000000000)) &&
            typeof unique_0.listPrice.currency === 'string' &&
            (unique_0.listPrice.currency.length >= 6 ||
              (unique_0.listPrice.currency.length >= 3 &&
                Guard.CodePointCount(unique_0.listPrice.currency) >= 3)) &&
            (unique_0.listPrice.currency.length <= 3 ||
              (unique_0.listPrice.currency.length <= 6 &&
                Guard.CodePointCount(unique_0.listPrice.currency) <= 3)) &&
            External[2].test(unique_0.listPrice.currency) &&
            typeof unique_0.active === 'boolean' &&
            Array.isArray(unique_0.prices) &&
            unique_0.prices.every(
              (unique_1, index) =>
                typeof unique_1 === 'object' &&
                unique_1 !== null &&
                !Array.isArray(unique_1) &&
                'country' in unique_1 &&
                'tier' in unique_1 &&
                'price' in unique_1 &&
                Object.getOwnPropertyNames(unique_1).length === 3 &&
                typeof unique_1.country === 'string' &&
                (unique_1.country.length >= 4 ||
                  (unique_1.country.length >= 2 && Guard.CodePointCount(unique_1.country) >= 2)) &&
                (unique_1.country.length <= 2 ||
                  (unique_1.country.length <= 4 && Guard.CodePointCount(unique_1.country) <= 2)) &&
                External[3].test(unique_1.country) &&
                typeof unique_1.tier === 'string' &&
                (unique_1.tier.length <= 10 ||
                  (unique_1.tier.length <= 20 && Guard.CodePointCount(unique_1.tier) <= 10)) &&
                (unique_1.tier === 'registered' ||
                  unique_1.tier === 'silver' ||
                  unique_1.tier === 'gold' ||
                  unique_1.tier === 'platinum') &&
                typeof unique_1.price === 'object' &&
                unique_1.price !== null &&
                !Array.isArray(unique_1.price) &&
                'amountMinor' in unique_1.price &&
                'currency' in unique_1.price &&
                Object.getOwnPropertyNames(unique_1.price).length === 2 &&
                Number.isInteger(unique_1.price.amountMinor) &&
                (!(
                  Number.isFinite(unique_1.price.amountMinor) ||
                  typeof unique_1.price.amountMinor === 'bigint'
                ) ||
                  (unique_1.price.amountMinor >= -1000000000000000 &&
                    unique_1.price.amountMinor <= 1000000000000000)) &&
                typeof unique_1.price.currency === 'string' &&
                (unique_1.price.currency.length >= 6 ||
                  (unique_1.price.currency.length >= 3 &&
                    Guard.CodePointCount(unique_1.price.currency) >= 3)) &&
                (unique_1.price.currency.length <= 3 ||
                  (unique_1.price.currency.length <= 6 &&
                    Guard.CodePointCount(unique_1.price.currency) <= 3)) &&
                External[4].test(unique_1.price.currency),
            ) &&
            unique_0.prices.length <= 400 &&
            typeof unique_0.updatedAt === 'string' &&
            (unique_0.updatedAt.length >= 40 ||
              (unique_0.updatedAt.length >= 20 &&
                Guard.CodePointCount(unique_0.updatedAt) >= 20)) &&
            (unique_0.updatedAt.length <= 30 ||
              (unique_0.updatedAt.length <= 60 &&
                Guard.CodePointCount(unique_0.updatedAt) <= 30)) &&
            External[5].test(unique_0.updatedAt) &&
            typeof unique_0._deleted === 'boolean',
        ) &&
        ((typeof value.checkpoint === 'object' &&
          value.checkpoint !== null &&
          !Array.isArray(value.checkpoint) &&
          'seq' in value.checkpoint &&
          Object.getOwnPropertyNames(value.checkpoint).every(
            (unique_2, unique_3) => External[6].test(unique_2) || false,
          ) &&
          Number.isInteger(value.checkpoint.seq) &&
          (!(Number.isFinite(value.checkpoint.seq) || typeof value.checkpoint.seq === 'bigint') ||
            (value.checkpoint.seq >= 0 && value.checkpoint.seq <= 999999999999999)) &&
          (value.checkpoint.scope === undefined ||
            !('scope' in value.checkpoint) ||
            (typeof value.checkpoint.scope === 'string' &&
              (value.checkpoint.scope.length <= 32 ||
                (value.checkpoint.scope.length <= 64 &&
                  Guard.CodePointCount(value.checkpoint.scope) <= 32))))) ||
          value.checkpoint === null);
      return function Check(value) {
        return check_0(value);
      };
    })(),
  ],
  [
    'partners',
    (() => {
      const External = [
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Z]{2}$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Z]{2}$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('(^seq$|^scope$)', 'u'),
      ];
      const check_0 = (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        'documents' in value &&
        'checkpoint' in value &&
        Object.getOwnPropertyNames(value).length === 2 &&
        Array.isArray(value.documents) &&
        value.documents.every(
          (unique_0, index) =>
            typeof unique_0 === 'object' &&
            unique_0 !== null &&
            !Array.isArray(unique_0) &&
            'id' in unique_0 &&
            'name' in unique_0 &&
            'type' in unique_0 &&
            'tier' in unique_0 &&
            'status' in unique_0 &&
            'territoryId' in unique_0 &&
            'region' in unique_0 &&
            'country' in unique_0 &&
            'city' in unique_0 &&
            'parentId' in unique_0 &&
            'accountOwnerId' in unique_0 &&
            'locations' in unique_0 &&
            'agreements' in unique_0 &&
            'onboarding' in unique_0 &&
            'businessPlans' in unique_0 &&
            'revenueYtd' in unique_0 &&
            'updatedAt' in unique_0 &&
            '_deleted' in unique_0 &&
            Object.getOwnPropertyNames(unique_0).length === 18 &&
            typeof unique_0.id === 'string' &&
            (unique_0.id.length >= 2 ||
              (unique_0.id.length >= 1 && Guard.CodePointCount(unique_0.id) >= 1)) &&
            (unique_0.id.length <= 64 ||
              (unique_0.id.length <= 128 && Guard.CodePointCount(unique_0.id) <= 64)) &&
            External[0].test(unique_0.id) &&
            typeof unique_0.name === 'string' &&
            (unique_0.name.length >= 2 ||
              (unique_0.name.length >= 1 && Guard.CodePointCount(unique_0.name) >= 1)) &&
            (unique_0.name.length <= 200 ||
              (unique_0.name.length <= 400 && Guard.CodePointCount(unique_0.name) <= 200)) &&
            External[1].test(unique_0.name) &&
            typeof unique_0.type === 'string' &&
            (unique_0.type.length <= 11 ||
              (unique_0.type.length <= 22 && Guard.CodePointCount(unique_0.type) <= 11)) &&
            (unique_0.type === 'reseller' ||
              unique_0.type === 'distributor' ||
              unique_0.type === 'msp' ||
              unique_0.type === 'referral') &&
            typeof unique_0.tier === 'string' &&
            (unique_0.tier.length <= 10 ||
              (unique_0.tier.length <= 20 && Guard.CodePointCount(unique_0.tier) <= 10)) &&
            (unique_0.tier === 'registered' ||
              unique_0.tier === 'silver' ||
              unique_0.tier === 'gold' ||
              unique_0.tier === 'platinum') &&
            typeof unique_0.status === 'string' &&
            (unique_0.status.length <= 10 ||
              (unique_0.status.length <= 20 && Guard.CodePointCount(unique_0.status) <= 10)) &&
            (unique_0.status === 'prospect' ||
              unique_0.status === 'onboarding' ||
              unique_0.status === 'active' ||
              unique_0.status === 'suspended' ||
              unique_0.status === 'terminated') &&
            typeof unique_0.territoryId === 'string' &&
            (unique_0.territoryId.length >= 2 ||
              (unique_0.territoryId.length >= 1 &&
                Guard.CodePointCount(unique_0.territoryId) >= 1)) &&
            (unique_0.territoryId.length <= 64 ||
              (unique_0.territoryId.length <= 128 &&
                Guard.CodePointCount(unique_0.territoryId) <= 64)) &&
            External[2].test(unique_0.territoryId) &&
            typeof unique_0.region === 'string' &&
            (unique_0.region.length <= 60 ||
              (unique_0.region.length <= 120 && Guard.CodePointCount(unique_0.region) <= 60)) &&
            typeof unique_0.country === 'string' &&
            (unique_0.country.length >= 4 ||
              (unique_0.country.length >= 2 && Guard.CodePointCount(unique_0.country) >= 2)) &&
            (unique_0.country.length <= 2 ||
              (unique_0.country.length <= 4 && Guard.CodePointCount(unique_0.country) <= 2)) &&
            External[3].test(unique_0.country) &&
            typeof unique_0.city === 'string' &&
            (unique_0.city.length <= 120 ||
              (unique_0.city.length <= 240 && Guard.CodePointCount(unique_0.city) <= 120)) &&
            ((typeof unique_0.parentId === 'string' &&
              (unique_0.parentId.length >= 2 ||
                (unique_0.parentId.length >= 1 && Guard.CodePointCount(unique_0.parentId) >= 1)) &&
              (unique_0.parentId.length <= 64 ||
                (unique_0.parentId.length <= 128 &&
                  Guard.CodePointCount(unique_0.parentId) <= 64)) &&
              External[4].test(unique_0.parentId)) ||
              unique_0.parentId === null) &&
            ((typeof unique_0.accountOwnerId === 'string' &&
              (unique_0.accountOwnerId.length >= 2 ||
                (unique_0.accountOwnerId.length >= 1 &&
                  Guard.CodePointCount(unique_0.accountOwnerId) >= 1)) &&
              (unique_0.accountOwnerId.length <= 64 ||
                (unique_0.accountOwnerId.length <= 128 &&
                  Guard.CodePointCount(unique_0.accountOwnerId) <= 64)) &&
              External[5].test(unique_0.accountOwnerId)) ||
              unique_0.accountOwnerId === null) &&
            Array.isArray(unique_0.locations) &&
            unique_0.locations.every(
              (unique_1, index) =>
                typeof unique_1 === 'object' &&
                unique_1 !== null &&
                !Array.isArray(unique_1) &&
                'city' in unique_1 &&
                'country' in unique_1 &&
                'headquarters' in unique_1 &&
                Object.getOwnPropertyNames(unique_1).length === 3 &&
                typeof unique_1.city === 'string' &&
                (unique_1.city.length <= 120 ||
                  (unique_1.city.length <= 240 && Guard.CodePointCount(unique_1.city) <= 120)) &&
                typeof unique_1.country === 'string' &&
                (unique_1.country.length >= 4 ||
                  (unique_1.country.length >= 2 && Guard.CodePointCount(unique_1.country) >= 2)) &&
                (unique_1.country.length <= 2 ||
                  (unique_1.country.length <= 4 && Guard.CodePointCount(unique_1.country) <= 2)) &&
                External[6].test(unique_1.country) &&
                typeof unique_1.headquarters === 'boolean',
            ) &&
            unique_0.locations.length <= 50 &&
            Array.isArray(unique_0.agreements) &&
            unique_0.agreements.every(
              (unique_2, index) =>
                typeof unique_2 === 'object' &&
                unique_2 !== null &&
                !Array.isArray(unique_2) &&
                'id' in unique_2 &&
                'kind' in unique_2 &&
                'signedOn' in unique_2 &&
                'expiresOn' in unique_2 &&
                Object.getOwnPropertyNames(unique_2).length === 4 &&
                typeof unique_2.id === 'string' &&
                (unique_2.id.length >= 2 ||
                  (unique_2.id.length >= 1 && Guard.CodePointCount(unique_2.id) >= 1)) &&
                (unique_2.id.length <= 64 ||
                  (unique_2.id.length <= 128 && Guard.CodePointCount(unique_2.id) <= 64)) &&
                External[7].test(unique_2.id) &&
                typeof unique_2.kind === 'string' &&
                (unique_2.kind.length <= 12 ||
                  (unique_2.kind.length <= 24 && Guard.CodePointCount(unique_2.kind) <= 12)) &&
                (unique_2.kind === 'reseller' ||
                  unique_2.kind === 'nda' ||
                  unique_2.kind === 'mdf_terms' ||
                  unique_2.kind === 'msp' ||
                  unique_2.kind === 'distribution') &&
                ((typeof unique_2.signedOn === 'string' &&
                  (unique_2.signedOn.length >= 20 ||
                    (unique_2.signedOn.length >= 10 &&
                      Guard.CodePointCount(unique_2.signedOn) >= 10)) &&
                  (unique_2.signedOn.length <= 10 ||
                    (unique_2.signedOn.length <= 20 &&
                      Guard.CodePointCount(unique_2.signedOn) <= 10)) &&
                  External[8].test(unique_2.signedOn)) ||
                  unique_2.signedOn === null) &&
                ((typeof unique_2.expiresOn === 'string' &&
                  (unique_2.expiresOn.length >= 20 ||
                    (unique_2.expiresOn.length >= 10 &&
                      Guard.CodePointCount(unique_2.expiresOn) >= 10)) &&
                  (unique_2.expiresOn.length <= 10 ||
                    (unique_2.expiresOn.length <= 20 &&
                      Guard.CodePointCount(unique_2.expiresOn) <= 10)) &&
                  External[9].test(unique_2.expiresOn)) ||
                  unique_2.expiresOn === null),
            ) &&
            unique_0.agreements.length <= 20 &&
            Array.isArray(unique_0.onboarding) &&
            unique_0.onboarding.every(
              (unique_3, index) =>
                typeof unique_3 === 'object' &&
                unique_3 !== null &&
                !Array.isArray(unique_3) &&
                'item' in unique_3 &&
                'doneAt' in unique_3 &&
                Object.getOwnPropertyNames(unique_3).length === 2 &&
                typeof unique_3.item === 'string' &&
                (unique_3.item.length <= 18 ||
                  (unique_3.item.length <= 36 && Guard.CodePointCount(unique_3.item) <= 18)) &&
                (unique_3.item === 'agreement_signed' ||
                  unique_3.item === 'nda_signed' ||
                  unique_3.item === 'sales_training' ||
                  unique_3.item === 'technical_training' ||
                  unique_3.item === 'portal_access') &&
                ((typeof unique_3.doneAt === 'string' &&
                  (unique_3.doneAt.length >= 40 ||
                    (unique_3.doneAt.length >= 20 &&
                      Guard.CodePointCount(unique_3.doneAt) >= 20)) &&
                  (unique_3.doneAt.length <= 30 ||
                    (unique_3.doneAt.length <= 60 &&
                      Guard.CodePointCount(unique_3.doneAt) <= 30)) &&
                  External[10].test(unique_3.doneAt)) ||
                  unique_3.doneAt === null),
            ) &&
            unique_0.onboarding.length <= 20 &&
            Array.isArray(unique_0.businessPlans) &&
            unique_0.businessPlans.every(
              (unique_4, index) =>
                typeof unique_4 === 'object' &&
                unique_4 !== null &&
                !Array.isArray(unique_4) &&
                'year' in unique_4 &&
                'currency' in unique_4 &&
                'quarters' in unique_4 &&
                Object.getOwnPropertyNames(unique_4).length === 3 &&
                Number.isInteger(unique_4.year) &&
                (!(Number.isFinite(unique_4.year) || typeof unique_4.year === 'bigint') ||
                  (unique_4.year >= 2000 && unique_4.year <= 2100)) &&
                typeof unique_4.currency === 'string' &&
                (unique_4.currency.length >= 6 ||
                  (unique_4.currency.length >= 3 &&
                    Guard.CodePointCount(unique_4.currency) >= 3)) &&
                (unique_4.currency.length <= 3 ||
                  (unique_4.currency.length <= 6 &&
                    Guard.CodePointCount(unique_4.currency) <= 3)) &&
                Array.isArray(unique_4.quarters) &&
                unique_4.quarters.every(
                  (unique_5, index) =>
                    typeof unique_5 === 'object' &&
                    unique_5 !== null &&
                    !Array.isArray(unique_5) &&
                    'quarter' in unique_5 &&
                    'goals' in unique_5 &&
                    Object.getOwnPropertyNames(unique_5).length === 2 &&
                    Number.isInteger(unique_5.quarter) &&
                    (!(Number.isFinite(unique_5.quarter) || typeof unique_5.quarter === 'bigint') ||
                      (unique_5.quarter >= 1 && unique_5.quarter <= 4)) &&
                    Array.isArray(unique_5.goals) &&
                    unique_5.goals.every(
                      (unique_6, index) =>
                        typeof unique_6 === 'object' &&
                        unique_6 !== null &&
                        !Array.isArray(unique_6) &&
                        'metric' in unique_6 &&
                        'target' in unique_6 &&
                        'actual' in unique_6 &&
                        Object.getOwnPropertyNames(unique_6).length === 3 &&
                        typeof unique_6.metric === 'string' &&
                        (unique_6.metric.length <= 14 ||
                          (unique_6.metric.length <= 28 &&
                            Guard.CodePointCount(unique_6.metric) <= 14)) &&
                        (unique_6.metric === 'revenue' ||
                          unique_6.metric === 'new_logos' ||
                          unique_6.metric === 'certifications' ||
                          unique_6.metric === 'pipeline') &&
                        Number.isFinite(unique_6.target) &&
                        unique_6.target >= 0 &&
                        Number.isFinite(unique_6.actual) &&
                        unique_6.actual >= 0,
                    ) &&
                    unique_5.goals.length <= 8,
                ) &&
                unique_4.quarters.length <= 4,
            ) &&
            unique_0.businessPlans.length <= 5 &&
            typeof unique_0.revenueYtd === 'object' &&
            unique_0.revenueYtd !== null &&
            !Array.isArray(unique_0.revenueYtd) &&
            'amountMinor' in unique_0.revenueYtd &&
            'currency' in unique_0.revenueYtd &&
            Object.getOwnPropertyNames(unique_0.revenueYtd).length === 2 &&
            Number.isInteger(unique_0.revenueYtd.amountMinor) &&
            (!(
              Number.isFinite(unique_0.revenueYtd.amountMinor) ||
              typeof unique_0.revenueYtd.amountMinor === 'bigint'
            ) ||
              (unique_0.revenueYtd.amountMinor >= -1000000000000000 &&
                unique_0.revenueYtd.amountMinor <= 1000000000000000)) &&
            typeof unique_0.revenueYtd.currency === 'string' &&
            (unique_0.revenueYtd.currency.length >= 6 ||
              (unique_0.revenueYtd.currency.length >= 3 &&
                Guard.CodePointCount(unique_0.revenueYtd.currency) >= 3)) &&
            (unique_0.revenueYtd.currency.length <= 3 ||
              (unique_0.revenueYtd.currency.length <= 6 &&
                Guard.CodePointCount(unique_0.revenueYtd.currency) <= 3)) &&
            External[11].test(unique_0.revenueYtd.currency) &&
            typeof unique_0.updatedAt === 'string' &&
            (unique_0.updatedAt.length >= 40 ||
              (unique_0.updatedAt.length >= 20 &&
                Guard.CodePointCount(unique_0.updatedAt) >= 20)) &&
            (unique_0.updatedAt.length <= 30 ||
              (unique_0.updatedAt.length <= 60 &&
                Guard.CodePointCount(unique_0.updatedAt) <= 30)) &&
            External[12].test(unique_0.updatedAt) &&
            typeof unique_0._deleted === 'boolean',
        ) &&
        ((typeof value.checkpoint === 'object' &&
          value.checkpoint !== null &&
          !Array.isArray(value.checkpoint) &&
          'seq' in value.checkpoint &&
          Object.getOwnPropertyNames(value.checkpoint).every(
            (unique_7, unique_8) => External[13].test(unique_7) || false,
          ) &&
          Number.isInteger(value.checkpoint.seq) &&
          (!(Number.isFinite(value.checkpoint.seq) || typeof value.checkpoint.seq === 'bigint') ||
            (value.checkpoint.seq >= 0 && value.checkpoint.seq <= 999999999999999)) &&
          (value.checkpoint.scope === undefined ||
            !('scope' in value.checkpoint) ||
            (typeof value.checkpoint.scope === 'string' &&
              (value.checkpoint.scope.length <= 32 ||
                (value.checkpoint.scope.length <= 64 &&
                  Guard.CodePointCount(value.checkpoint.scope) <= 32))))) ||
          value.checkpoint === null);
      return function Check(value) {
        return check_0(value);
      };
    })(),
  ],
  [
    'contacts',
    (() => {
      const External = [
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('(^seq$|^scope$)', 'u'),
      ];
      const check_0 = (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        'documents' in value &&
        'checkpoint' in value &&
        Object.getOwnPropertyNames(value).length === 2 &&
        Array.isArray(value.documents) &&
        value.documents.every(
          (unique_0, index) =>
            typeof unique_0 === 'object' &&
            unique_0 !== null &&
            !Array.isArray(unique_0) &&
            'id' in unique_0 &&
            'partnerId' in unique_0 &&
            'territoryId' in unique_0 &&
            'name' in unique_0 &&
            'email' in unique_0 &&
            'phone' in unique_0 &&
            'role' in unique_0 &&
            'isPrimary' in unique_0 &&
            'trainings' in unique_0 &&
            'certifications' in unique_0 &&
            'updatedAt' in unique_0 &&
            '_deleted' in unique_0 &&
            Object.getOwnPropertyNames(unique_0).length === 12 &&
            typeof unique_0.id === 'string' &&
            (unique_0.id.length >= 2 ||
              (unique_0.id.length >= 1 && Guard.CodePointCount(unique_0.id) >= 1)) &&
            (unique_0.id.length <= 64 ||
              (unique_0.id.length <= 128 && Guard.CodePointCount(unique_0.id) <= 64)) &&
            External[0].test(unique_0.id) &&
            typeof unique_0.partnerId === 'string' &&
            (unique_0.partnerId.length >= 2 ||
              (unique_0.partnerId.length >= 1 && Guard.CodePointCount(unique_0.partnerId) >= 1)) &&
            (unique_0.partnerId.length <= 64 ||
              (unique_0.partnerId.length <= 128 &&
                Guard.CodePointCount(unique_0.partnerId) <= 64)) &&
            External[1].test(unique_0.partnerId) &&
            typeof unique_0.territoryId === 'string' &&
            (unique_0.territoryId.length >= 2 ||
              (unique_0.territoryId.length >= 1 &&
                Guard.CodePointCount(unique_0.territoryId) >= 1)) &&
            (unique_0.territoryId.length <= 64 ||
              (unique_0.territoryId.length <= 128 &&
                Guard.CodePointCount(unique_0.territoryId) <= 64)) &&
            External[2].test(unique_0.territoryId) &&
            typeof unique_0.name === 'string' &&
            (unique_0.name.length >= 2 ||
              (unique_0.name.length >= 1 && Guard.CodePointCount(unique_0.name) >= 1)) &&
            (unique_0.name.length <= 200 ||
              (unique_0.name.length <= 400 && Guard.CodePointCount(unique_0.name) <= 200)) &&
            External[3].test(unique_0.name) &&
            typeof unique_0.email === 'string' &&
            (unique_0.email.length <= 254 ||
              (unique_0.email.length <= 508 && Guard.CodePointCount(unique_0.email) <= 254)) &&
            External[4].test(unique_0.email) &&
            typeof unique_0.phone === 'string' &&
            (unique_0.phone.length <= 40 ||
              (unique_0.phone.length <= 80 && Guard.CodePointCount(unique_0.phone) <= 40)) &&
            typeof unique_0.role === 'string' &&
            (unique_0.role.length <= 9 ||
              (unique_0.role.length <= 18 && Guard.CodePointCount(unique_0.role) <= 9)) &&
            (unique_0.role === 'executive' ||
              unique_0.role === 'sales' ||
              unique_0.role === 'presales' ||
              unique_0.role === 'marketing' ||
              unique_0.role === 'support') &&
            typeof unique_0.isPrimary === 'boolean' &&
            Array.isArray(unique_0.trainings) &&
            unique_0.trainings.every(
              (unique_1, index) =>
                typeof unique_1 === 'object' &&
                unique_1 !== null &&
                !Array.isArray(unique_1) &&
                'moduleId' in unique_1 &&
                'name' in unique_1 &&
                'completedAt' in unique_1 &&
                Object.getOwnPropertyNames(unique_1).length === 3 &&
                typeof unique_1.moduleId === 'string' &&
                (unique_1.moduleId.length >= 2 ||
                  (unique_1.moduleId.length >= 1 &&
                    Guard.CodePointCount(unique_1.moduleId) >= 1)) &&
                (unique_1.moduleId.length <= 64 ||
                  (unique_1.moduleId.length <= 128 &&
                    Guard.CodePointCount(unique_1.moduleId) <= 64)) &&
                External[5].test(unique_1.moduleId) &&
                typeof unique_1.name === 'string' &&
                (unique_1.name.length >= 2 ||
                  (unique_1.name.length >= 1 && Guard.CodePointCount(unique_1.name) >= 1)) &&
                (unique_1.name.length <= 200 ||
                  (unique_1.name.length <= 400 && Guard.CodePointCount(unique_1.name) <= 200)) &&
                External[6].test(unique_1.name) &&
                ((typeof unique_1.completedAt === 'string' &&
                  (unique_1.completedAt.length >= 40 ||
                    (unique_1.completedAt.length >= 20 &&
                      Guard.CodePointCount(unique_1.completedAt) >= 20)) &&
                  (unique_1.completedAt.length <= 30 ||
                    (unique_1.completedAt.length <= 60 &&
                      Guard.CodePointCount(unique_1.completedAt) <= 30)) &&
                  External[7].test(unique_1.completedAt)) ||
                  unique_1.completedAt === null),
            ) &&
            unique_0.trainings.length <= 50 &&
            Array.isArray(unique_0.certifications) &&
            unique_0.certifications.every(
              (unique_2, index) =>
                typeof unique_2 === 'object' &&
                unique_2 !== null &&
                !Array.isArray(unique_2) &&
                'name' in unique_2 &&
                'earnedAt' in unique_2 &&
                'expiresAt' in unique_2 &&
                Object.getOwnPropertyNames(unique_2).length === 3 &&
                typeof unique_2.name === 'string' &&
                (unique_2.name.length >= 2 ||
                  (unique_2.name.length >= 1 && Guard.CodePointCount(unique_2.name) >= 1)) &&
                (unique_2.name.length <= 200 ||
                  (unique_2.name.length <= 400 && Guard.CodePointCount(unique_2.name) <= 200)) &&
                External[8].test(unique_2.name) &&
                typeof unique_2.earnedAt === 'string' &&
                (unique_2.earnedAt.length >= 40 ||
                  (unique_2.earnedAt.length >= 20 &&
                    Guard.CodePointCount(unique_2.earnedAt) >= 20)) &&
                (unique_2.earnedAt.length <= 30 ||
                  (unique_2.earnedAt.length <= 60 &&
                    Guard.CodePointCount(unique_2.earnedAt) <= 30)) &&
                External[9].test(unique_2.earnedAt) &&
                ((typeof unique_2.expiresAt === 'string' &&
                  (unique_2.expiresAt.length >= 40 ||
                    (unique_2.expiresAt.length >= 20 &&
                      Guard.CodePointCount(unique_2.expiresAt) >= 20)) &&
                  (unique_2.expiresAt.length <= 30 ||
                    (unique_2.expiresAt.length <= 60 &&
                      Guard.CodePointCount(unique_2.expiresAt) <= 30)) &&
                  External[10].test(unique_2.expiresAt)) ||
                  unique_2.expiresAt === null),
            ) &&
            unique_0.certifications.length <= 30 &&
            typeof unique_0.updatedAt === 'string' &&
            (unique_0.updatedAt.length >= 40 ||
              (unique_0.updatedAt.length >= 20 &&
                Guard.CodePointCount(unique_0.updatedAt) >= 20)) &&
            (unique_0.updatedAt.length <= 30 ||
              (unique_0.updatedAt.length <= 60 &&
                Guard.CodePointCount(unique_0.updatedAt) <= 30)) &&
            External[11].test(unique_0.updatedAt) &&
            typeof unique_0._deleted === 'boolean',
        ) &&
        ((typeof value.checkpoint === 'object' &&
          value.checkpoint !== null &&
          !Array.isArray(value.checkpoint) &&
          'seq' in value.checkpoint &&
          Object.getOwnPropertyNames(value.checkpoint).every(
            (unique_3, unique_4) => External[12].test(unique_3) || false,
          ) &&
          Number.isInteger(value.checkpoint.seq) &&
          (!(Number.isFinite(value.checkpoint.seq) || typeof value.checkpoint.seq === 'bigint') ||
            (value.checkpoint.seq >= 0 && value.checkpoint.seq <= 999999999999999)) &&
          (value.checkpoint.scope === undefined ||
            !('scope' in value.checkpoint) ||
            (typeof value.checkpoint.scope === 'string' &&
              (value.checkpoint.scope.length <= 32 ||
                (value.checkpoint.scope.length <= 64 &&
                  Guard.CodePointCount(value.checkpoint.scope) <= 32))))) ||
          value.checkpoint === null);
      return function Check(value) {
        return check_0(value);
      };
    })(),
  ],
  [
    'deals',
    (() => {
      const External = [
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$', 'u'),
        new RegExp('^[A-Z]{2}$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^SPA-\\d{4}-[0-9A-Z]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('(^seq$|^scope$)', 'u'),
      ];
      const check_0 = (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        'documents' in value &&
        'checkpoint' in value &&
        Object.getOwnPropertyNames(value).length === 2 &&
        Array.isArray(value.documents) &&
        value.documents.every(
          (unique_0, index) =>
            typeof unique_0 === 'object' &&
            unique_0 !== null &&
            !Array.isArray(unique_0) &&
            'id' in unique_0 &&
            'partnerId' in unique_0 &&
            'territoryId' in unique_0 &&
            'endCustomer' in unique_0 &&
            'lines' in unique_0 &&
            'amount' in unique_0 &&
            'stage' in unique_0 &&
            'registrationStatus' in unique_0 &&
            'rejectionReason' in unique_0 &&
            'registeredAt' in unique_0 &&
            'protectionExpiresAt' in unique_0 &&
            'expectedCloseAt' in unique_0 &&
            'crmOpportunityId' in unique_0 &&
            'conflictsWith' in unique_0 &&
            'specialPricing' in unique_0 &&
            'updatedAt' in unique_0 &&
            '_deleted' in unique_0 &&
            Object.getOwnPropertyNames(unique_0).length === 17 &&
            typeof unique_0.id === 'string' &&
            (unique_0.id.length >= 2 ||
              (unique_0.id.length >= 1 && Guard.CodePointCount(unique_0.id) >= 1)) &&
            (unique_0.id.length <= 64 ||
              (unique_0.id.length <= 128 && Guard.CodePointCount(unique_0.id) <= 64)) &&
            External[0].test(unique_0.id) &&
            typeof unique_0.partnerId === 'string' &&
            (unique_0.partnerId.length >= 2 ||
              (unique_0.partnerId.length >= 1 && Guard.CodePointCount(unique_0.partnerId) >= 1)) &&
            (unique_0.partnerId.length <= 64 ||
              (unique_0.partnerId.length <= 128 &&
                Guard.CodePointCount(unique_0.partnerId) <= 64)) &&
            External[1].test(unique_0.partnerId) &&
            typeof unique_0.territoryId === 'string' &&
            (unique_0.territoryId.length >= 2 ||
              (unique_0.territoryId.length >= 1 &&
                Guard.CodePointCount(unique_0.territoryId) >= 1)) &&
            (unique_0.territoryId.length <= 64 ||
              (unique_0.territoryId.length <= 128 &&
                Guard.CodePointCount(unique_0.territoryId) <= 64)) &&
            External[2].test(unique_0.territoryId) &&
            typeof unique_0.endCustomer === 'object' &&
            unique_0.endCustomer !== null &&
            !Array.isArray(unique_0.endCustomer) &&
            'name' in unique_0.endCustomer &&
            'domain' in unique_0.endCustomer &&
            'country' in unique_0.endCustomer &&
            Object.getOwnPropertyNames(unique_0.endCustomer).length === 3 &&
            typeof unique_0.endCustomer.name === 'string' &&
            (unique_0.endCustomer.name.length >= 2 ||
              (unique_0.endCustomer.name.length >= 1 &&
                Guard.CodePointCount(unique_0.endCustomer.name) >= 1)) &&
            (unique_0.endCustomer.name.length <= 200 ||
              (unique_0.endCustomer.name.length <= 400 &&
                Guard.CodePointCount(unique_0.endCustomer.name) <= 200)) &&
            External[3].test(unique_0.endCustomer.name) &&
            typeof unique_0.endCustomer.domain === 'string' &&
            (unique_0.endCustomer.domain.length <= 253 ||
              (unique_0.endCustomer.domain.length <= 506 &&
                Guard.CodePointCount(unique_0.endCustomer.domain) <= 253)) &&
            External[4].test(unique_0.endCustomer.domain) &&
            typeof unique_0.endCustomer.country === 'string' &&
            (unique_0.endCustomer.country.length >= 4 ||
              (unique_0.endCustomer.country.length >= 2 &&
                Guard.CodePointCount(unique_0.endCustomer.country) >= 2)) &&
            (unique_0.endCustomer.country.length <= 2 ||
              (unique_0.endCustomer.country.length <= 4 &&
                Guard.CodePointCount(unique_0.endCustomer.country) <= 2)) &&
            External[5].test(unique_0.endCustomer.country) &&
            Array.isArray(unique_0.lines) &&
            unique_0.lines.every(
              (unique_1, index) =>
                typeof unique_1 === 'object' &&
                unique_1 !== null &&
                !Array.isArray(unique_1) &&
                'productId' in unique_1 &&
                'quantity' in unique_1 &&
                'unitPrice' in unique_1 &&
                Object.getOwnPropertyNames(unique_1).length === 3 &&
                typeof unique_1.productId === 'string' &&
                (unique_1.productId.length >= 2 ||
                  (unique_1.productId.length >= 1 &&
                    Guard.CodePointCount(unique_1.productId) >= 1)) &&
                (unique_1.productId.length <= 64 ||
                  (unique_1.productId.length <= 128 &&
                    Guard.CodePointCount(unique_1.productId) <= 64)) &&
                External[6].test(unique_1.productId) &&
                Number.isInteger(unique_1.quantity) &&
                (!(Number.isFinite(unique_1.quantity) || typeof unique_1.quantity === 'bigint') ||
                  (unique_1.quantity >= 1 && unique_1.quantity <= 1000000)) &&
                typeof unique_1.unitPrice === 'object' &&
                unique_1.unitPrice !== null &&
                !Array.isArray(unique_1.unitPrice) &&
                'amountMinor' in unique_1.unitPrice &&
                'currency' in unique_1.unitPrice &&
                Object.getOwnPropertyNames(unique_1.unitPrice).length === 2 &&
                Number.isInteger(unique_1.unitPrice.amountMinor) &&
                (!(
                  Number.isFinite(unique_1.unitPrice.amountMinor) ||
                  typeof unique_1.unitPrice.amountMinor === 'bigint'
                ) ||
                  (unique_1.unitPrice.amountMinor >= -1000000000000000 &&
                    unique_1.unitPrice.amountMinor <= 1000000000000000)) &&
                typeof unique_1.unitPrice.currency === 'string' &&
                (unique_1.unitPrice.currency.length >= 6 ||
                  (unique_1.unitPrice.currency.length >= 3 &&
                    Guard.CodePointCount(unique_1.unitPrice.currency) >= 3)) &&
                (unique_1.unitPrice.currency.length <= 3 ||
                  (unique_1.unitPrice.currency.length <= 6 &&
                    Guard.CodePointCount(unique_1.unitPrice.currency) <= 3)) &&
                External[7].test(unique_1.unitPrice.currency),
            ) &&
            unique_0.lines.length >= 1 &&
            unique_0.lines.length <= 50 &&
            typeof unique_0.amount === 'object' &&
            unique_0.amount !== null &&
            !Array.isArray(unique_0.amount) &&
            'amountMinor' in unique_0.amount &&
            'currency' in unique_0.amount &&
            Object.getOwnPropertyNames(unique_0.amount).length === 2 &&
            Number.isInteger(unique_0.amount.amountMinor) &&
            (!(
              Number.isFinite(unique_0.amount.amountMinor) ||
              typeof unique_0.amount.amountMinor === 'bigint'
            ) ||
              (unique_0.amount.amountMinor >= -1000000000000000 &&
                unique_0.amount.amountMinor <= 1000000000000000)) &&
            typeof unique_0.amount.currency === 'string' &&
            (unique_0.amount.currency.length >= 6 ||
              (unique_0.amount.currency.length >= 3 &&
                Guard.CodePointCount(unique_0.amount.currency) >= 3)) &&
            (unique_0.amount.currency.length <= 3 ||
              (unique_0.amount.currency.length <= 6 &&
                Guard.CodePointCount(unique_0.amount.currency) <= 3)) &&
            External[8].test(unique_0.amount.currency) &&
            typeof unique_0.stage === 'string' &&
            (unique_0.stage.length <= 13 ||
              (unique_0.stage.length <= 26 && Guard.CodePointCount(unique_0.stage) <= 13)) &&
            (unique_0.stage === 'prospecting' ||
              unique_0.stage === 'qualification' ||
              unique_0.stage === 'proposal' ||
              unique_0.stage === 'negotiation' ||
              unique_0.stage === 'closed_won' ||
              unique_0.stage === 'closed_lost') &&
            typeof unique_0.registrationStatus === 'string' &&
            (unique_0.registrationStatus.length <= 16 ||
              (unique_0.registrationStatus.length <= 32 &&
                Guard.CodePointCount(unique_0.registrationStatus) <= 16)) &&
            (unique_0.registrationStatus === 'draft' ||
              unique_0.registrationStatus === 'submitted' ||
              unique_0.registrationStatus === 'under_review' ||
              unique_0.registrationStatus === 'info_requested' ||
              unique_0.registrationStatus === 'pending_approval' ||
              unique_0.registrationStatus === 'approved' ||
              unique_0.registrationStatus === 'rejected' ||
              unique_0.registrationStatus === 'withdrawn' ||
              unique_0.registrationStatus === 'expired') &&
            ((typeof unique_0.rejectionReason === 'string' &&
              (unique_0.rejectionReason.length <= 16 ||
                (unique_0.rejectionReason.length <= 32 &&
                  Guard.CodePointCount(unique_0.rejectionReason) <= 16)) &&
              (unique_0.rejectionReason === 'duplicate' ||
                unique_0.rejectionReason === 'direct_engaged' ||
                unique_0.rejectionReason === 'not_qualified' ||
                unique_0.rejectionReason === 'channel_conflict' ||
                unique_0.rejectionReason === 'other')) ||
              unique_0.rejectionReason === null) &&
            typeof unique_0.registeredAt === 'string' &&
            (unique_0.registeredAt.length >= 40 ||
              (unique_0.registeredAt.length >= 20 &&
                Guard.CodePointCount(unique_0.registeredAt) >= 20)) &&
            (unique_0.registeredAt.length <= 30 ||
              (unique_0.registeredAt.length <= 60 &&
                Guard.CodePointCount(unique_0.registeredAt) <= 30)) &&
            External[9].test(unique_0.registeredAt) &&
            ((typeof unique_0.protectionExpiresAt === 'string' &&
              (unique_0.protectionExpiresAt.length >= 40 ||
                (unique_0.protectionExpiresAt.length >= 20 &&
                  Guard.CodePointCount(unique_0.protectionExpiresAt) >= 20)) &&
              (unique_0.protectionExpiresAt.length <= 30 ||
                (unique_0.protectionExpiresAt.length <= 60 &&
                  Guard.CodePointCount(unique_0.protectionExpiresAt) <= 30)) &&
              External[10].test(unique_0.protectionExpiresAt)) ||
              unique_0.protectionExpiresAt === null) &&
            typeof unique_0.expectedCloseAt === 'string' &&
            (unique_0.expectedCloseAt.length >= 40 ||
              (unique_0.expectedCloseAt.length >= 20 &&
                Guard.CodePointCount(unique_0.expectedCloseAt) >= 20)) &&
            (unique_0.expectedCloseAt.length <= 30 ||
              (unique_0.expectedCloseAt.length <= 60 &&
                Guard.CodePointCount(unique_0.expectedCloseAt) <= 30)) &&
            External[11].test(unique_0.expectedCloseAt) &&
            ((typeof unique_0.crmOpportunityId === 'string' &&
              (unique_0.crmOpportunityId.length <= 64 ||
                (unique_0.crmOpportunityId.length <= 128 &&
                  Guard.CodePointCount(unique_0.crmOpportunityId) <= 64))) ||
              unique_0.crmOpportunityId === null) &&
            Array.isArray(unique_0.conflictsWith) &&
            unique_0.conflictsWith.every(
              (unique_2, index) =>
                typeof unique_2 === 'string' &&
                (unique_2.length >= 2 ||
                  (unique_2.length >= 1 && Guard.CodePointCount(unique_2) >= 1)) &&
                (unique_2.length <= 64 ||
                  (unique_2.length <= 128 && Guard.CodePointCount(unique_2) <= 64)) &&
                External[12].test(unique_2),
            ) &&
            unique_0.conflictsWith.length <= 10 &&
            ((typeof unique_0.specialPricing === 'object' &&
              unique_0.specialPricing !== null &&
              !Array.isArray(unique_0.specialPricing) &&
              'authorizationId' in unique_0.specialPricing &&
              'requestId' in unique_0.specialPricing &&
              'discountPercent' in unique_0.specialPricing &&
              'approvedAt' in unique_0.specialPricing &&
              Object.getOwnPropertyNames(unique_0.specialPricing).length === 4 &&
              typeof unique_0.specialPricing.authorizationId === 'string' &&
              (unique_0.specialPricing.authorizationId.length >= 20 ||
                (unique_0.specialPricing.authorizationId.length >= 10 &&
                  Guard.CodePointCount(unique_0.specialPricing.authorizationId) >= 10)) &&
              (unique_0.specialPricing.authorizationId.length <= 32 ||
                (unique_0.specialPricing.authorizationId.length <= 64 &&
                  Guard.CodePointCount(unique_0.specialPricing.authorizationId) <= 32)) &&
              External[13].test(unique_0.specialPricing.authorizationId) &&
              typeof unique_0.specialPricing.requestId === 'string' &&
              (unique_0.specialPricing.requestId.length >= 2 ||
                (unique_0.specialPricing.requestId.length >= 1 &&
                  Guard.CodePointCount(unique_0.specialPricing.requestId) >= 1)) &&
              (unique_0.specialPricing.requestId.length <= 64 ||
                (unique_0.specialPricing.requestId.length <= 128 &&
                  Guard.CodePointCount(unique_0.specialPricing.requestId) <= 64)) &&
              External[14].test(unique_0.specialPricing.requestId) &&
              Number.isFinite(unique_0.specialPricing.discountPercent) &&
              unique_0.specialPricing.discountPercent >= 0 &&
              unique_0.specialPricing.discountPercent <= 100 &&
              typeof unique_0.specialPricing.approvedAt === 'string' &&
              (unique_0.specialPricing.approvedAt.length >= 40 ||
                (unique_0.specialPricing.approvedAt.length >= 20 &&
                  Guard.CodePointCount(unique_0.specialPricing.approvedAt) >= 20)) &&
              (unique_0.specialPricing.approvedAt.length <= 30 ||
                (unique_0.specialPricing.approvedAt.length <= 60 &&
                  Guard.CodePointCount(unique_0.specialPricing.approvedAt) <= 30)) &&
              External[15].test(unique_0.specialPricing.approvedAt)) ||
              unique_0.specialPricing === null) &&
            typeof unique_0.updatedAt === 'string' &&
            (unique_0.updatedAt.length >= 40 ||
              (unique_0.updatedAt.length >= 20 &&
                Guard.CodePointCount(unique_0.updatedAt) >= 20)) &&
            (unique_0.updatedAt.length <= 30 ||
              (unique_0.updatedAt.length <= 60 &&
                Guard.CodePointCount(unique_0.updatedAt) <= 30)) &&
            External[16].test(unique_0.updatedAt) &&
            typeof unique_0._deleted === 'boolean',
        ) &&
        ((typeof value.checkpoint === 'object' &&
          value.checkpoint !== null &&
          !Array.isArray(value.checkpoint) &&
          'seq' in value.checkpoint &&
          Object.getOwnPropertyNames(value.checkpoint).every(
            (unique_3, unique_4) => External[17].test(unique_3) || false,
          ) &&
          Number.isInteger(value.checkpoint.seq) &&
          (!(Number.isFinite(value.checkpoint.seq) || typeof value.checkpoint.seq === 'bigint') ||
            (value.checkpoint.seq >= 0 && value.checkpoint.seq <= 999999999999999)) &&
          (value.checkpoint.scope === undefined ||
            !('scope' in value.checkpoint) ||
            (typeof value.checkpoint.scope === 'string' &&
              (value.checkpoint.scope.length <= 32 ||
                (value.checkpoint.scope.length <= 64 &&
                  Guard.CodePointCount(value.checkpoint.scope) <= 32))))) ||
          value.checkpoint === null);
      return function Check(value) {
        return check_0(value);
      };
    })(),
  ],
  [
    'requests',
    (() => {
      const External = [
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[a-z0-9][a-z0-9-]*$', 'u'),
        new RegExp('^[A-Za-z0-9_.:/-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^[a-z]+\\/[a-z0-9.+-]+$', 'u'),
        new RegExp('^[0-9a-f]{64}$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp(
          "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$",
          'u',
        ),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('(^seq$|^scope$)', 'u'),
      ];
      const check_0 = (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        'documents' in value &&
        'checkpoint' in value &&
        Object.getOwnPropertyNames(value).length === 2 &&
        Array.isArray(value.documents) &&
        value.documents.every(
          (unique_0, index) =>
            typeof unique_0 === 'object' &&
            unique_0 !== null &&
            !Array.isArray(unique_0) &&
            'id' in unique_0 &&
            'type' in unique_0 &&
            'partnerId' in unique_0 &&
            'territoryId' in unique_0 &&
            'subjectId' in unique_0 &&
            'title' in unique_0 &&
            'amount' in unique_0 &&
            'discountPercent' in unique_0 &&
            'status' in unique_0 &&
            'currentStep' in unique_0 &&
            'steps' in unique_0 &&
            'slaHours' in unique_0 &&
            'submittedAt' in unique_0 &&
            'dueAt' in unique_0 &&
            'history' in unique_0 &&
            'workflow' in unique_0 &&
            'intake' in unique_0 &&
            'relatedRequestId' in unique_0 &&
            'attachments' in unique_0 &&
            'approvedAmount' in unique_0 &&
            'payment' in unique_0 &&
            'payee' in unique_0 &&
            'updatedAt' in unique_0 &&
            '_deleted' in unique_0 &&
            Object.getOwnPropertyNames(unique_0).length === 24 &&
            typeof unique_0.id === 'string' &&
            (unique_0.id.length >= 2 ||
              (unique_0.id.length >= 1 && Guard.CodePointCount(unique_0.id) >= 1)) &&
            (unique_0.id.length <= 64 ||
              (unique_0.id.length <= 128 && Guard.CodePointCount(unique_0.id) <= 64)) &&
            External[0].test(unique_0.id) &&
            typeof unique_0.type === 'string' &&
            (unique_0.type.length <= 18 ||
              (unique_0.type.length <= 36 && Guard.CodePointCount(unique_0.type) <= 18)) &&
            (unique_0.type === 'deal_registration' ||
              unique_0.type === 'special_pricing' ||
              unique_0.type === 'mdf_preapproval' ||
              unique_0.type === 'mdf_claim' ||
              unique_0.type === 'spiff_claim' ||
              unique_0.type === 'partner_onboarding') &&
            typeof unique_0.partnerId === 'string' &&
            (unique_0.partnerId.length >= 2 ||
              (unique_0.partnerId.length >= 1 && Guard.CodePointCount(unique_0.partnerId) >= 1)) &&
            (unique_0.partnerId.length <= 64 ||
              (unique_0.partnerId.length <= 128 &&
                Guard.CodePointCount(unique_0.partnerId) <= 64)) &&
            External[1].test(unique_0.partnerId) &&
            typeof unique_0.territoryId === 'string' &&
            (unique_0.territoryId.length >= 2 ||
              (unique_0.territoryId.length >= 1 &&
                Guard.CodePointCount(unique_0.territoryId) >= 1)) &&
            (unique_0.territoryId.length <= 64 ||
              (unique_0.territoryId.length <= 128 &&
                Guard.CodePointCount(unique_0.territoryId) <= 64)) &&
            External[2].test(unique_0.territoryId) &&
            typeof unique_0.subjectId === 'string' &&
            (unique_0.subjectId.length >= 2 ||
              (unique_0.subjectId.length >= 1 && Guard.CodePointCount(unique_0.subjectId) >= 1)) &&
            (unique_0.subjectId.length <= 64 ||
              (unique_0.subjectId.length <= 128 &&
                Guard.CodePointCount(unique_0.subjectId) <= 64)) &&
            External[3].test(unique_0.subjectId) &&
            typeof unique_0.title === 'string' &&
            (unique_0.title.length >= 2 ||
              (unique_0.title.length >= 1 && Guard.CodePointCount(unique_0.title) >= 1)) &&
            (unique_0.title.length <= 200 ||
              (unique_0.title.length <= 400 && Guard.CodePointCount(unique_0.title) <= 200)) &&
            External[4].test(unique_0.title) &&
            ((typeof unique_0.amount === 'object' &&
              unique_0.amount !== null &&
              !Array.isArray(unique_0.amount) &&
              'amountMinor' in unique_0.amount &&
              'currency' in unique_0.amount &&
              Object.getOwnPropertyNames(unique_0.amount).length === 2 &&
              Number.isInteger(unique_0.amount.amountMinor) &&
              (!(
                Number.isFinite(unique_0.amount.amountMinor) ||
                typeof unique_0.amount.amountMinor === 'bigint'
              ) ||
                (unique_0.amount.amountMinor >= -1000000000000000 &&
                  unique_0.amount.amountMinor <= 1000000000000000)) &&
              typeof unique_0.amount.currency === 'string' &&
              (unique_0.amount.currency.length >= 6 ||
                (unique_0.amount.currency.length >= 3 &&
                  Guard.CodePointCount(unique_0.amount.currency) >= 3)) &&
              (unique_0.amount.currency.length <= 3 ||
                (unique_0.amount.currency.length <= 6 &&
                  Guard.CodePointCount(unique_0.amount.currency) <= 3)) &&
              External[5].test(unique_0.amount.currency)) ||
              unique_0.amount === null) &&
            ((Number.isFinite(unique_0.discountPercent) &&
              unique_0.discountPercent >= 0 &&
              unique_0.discountPercent <= 100) ||
              unique_0.discountPercent === null) &&
            typeof unique_0.status === 'string' &&
            (unique_0.status.length <= 16 ||
              (unique_0.status.length <= 32 && Guard.CodePointCount(unique_0.status) <= 16)) &&
            (unique_0.status === 'submitted' ||
              unique_0.status === 'under_review' ||
              unique_0.status === 'info_requested' ||
              unique_0.status === 'pending_approval' ||
              unique_0.status === 'approved' ||
              unique_0.status === 'rejected' ||
              unique_0.status === 'withdrawn' ||
              unique_0.status === 'expired') &&
            Number.isInteger(unique_0.currentStep) &&
            (!(Number.isFinite(unique_0.currentStep) || typeof unique_0.currentStep === 'bigint') ||
              (unique_0.currentStep >= 0 &&
                unique_0.currentStep <= 20 &&
                Guard.IsMultipleOf(unique_0.currentStep, 1))) &&
            Array.isArray(unique_0.steps) &&
            unique_0.steps.every(
              (unique_1, index) =>
                typeof unique_1 === 'object' &&
                unique_1 !== null &&
                !Array.isArray(unique_1) &&
                'index' in unique_1 &&
                'role' in unique_1 &&
                'assigneeId' in unique_1 &&
                'status' in unique_1 &&
                'dueAt' in unique_1 &&
                'decidedAt' in unique_1 &&
                'decidedBy' in unique_1 &&
                'decisionId' in unique_1 &&
                Object.getOwnPropertyNames(unique_1).length === 8 &&
                Number.isInteger(unique_1.index) &&
                (!(Number.isFinite(unique_1.index) || typeof unique_1.index === 'bigint') ||
                  (unique_1.index >= 0 && unique_1.index <= 20)) &&
                typeof unique_1.role === 'string' &&
                (unique_1.role.length <= 16 ||
                  (unique_1.role.length <= 32 && Guard.CodePointCount(unique_1.role) <= 16)) &&
                (unique_1.role === 'cam' ||
                  unique_1.role === 'regional_manager' ||
                  unique_1.role === 'director' ||
                  unique_1.role === 'finance' ||
                  unique_1.role === 'deal_desk') &&
                ((typeof unique_1.assigneeId === 'string' &&
                  (unique_1.assigneeId.length >= 2 ||
                    (unique_1.assigneeId.length >= 1 &&
                      Guard.CodePointCount(unique_1.assigneeId) >= 1)) &&
                  (unique_1.assigneeId.length <= 64 ||
                    (unique_1.assigneeId.length <= 128 &&
                      Guard.CodePointCount(unique_1.assigneeId) <= 64)) &&
                  External[6].test(unique_1.assigneeId)) ||
                  unique_1.assigneeId === null) &&
                typeof unique_1.status === 'string' &&
                (unique_1.status.length <= 8 ||
                  (unique_1.status.length <= 16 && Guard.CodePointCount(unique_1.status) <= 8)) &&
                (unique_1.status === 'waiting' ||
                  unique_1.status === 'pending' ||
                  unique_1.status === 'approved' ||
                  unique_1.status === 'rejected' ||
                  unique_1.status === 'returned' ||
                  unique_1.status === 'skipped') &&
                ((typeof unique_1.dueAt === 'string' &&
                  (unique_1.dueAt.length >= 40 ||
                    (unique_1.dueAt.length >= 20 && Guard.CodePointCount(unique_1.dueAt) >= 20)) &&
                  (unique_1.dueAt.length <= 30 ||
                    (unique_1.dueAt.length <= 60 && Guard.CodePointCount(unique_1.dueAt) <= 30)) &&
                  External[7].test(unique_1.dueAt)) ||
                  unique_1.dueAt === null) &&
                ((typeof unique_1.decidedAt === 'string' &&
                  (unique_1.decidedAt.length >= 40 ||
                    (unique_1.decidedAt.length >= 20 &&
                      Guard.CodePointCount(unique_1.decidedAt) >= 20)) &&
                  (unique_1.decidedAt.length <= 30 ||
                    (unique_1.decidedAt.length <= 60 &&
                      Guard.CodePointCount(unique_1.decidedAt) <= 30)) &&
                  External[8].test(unique_1.decidedAt)) ||
                  unique_1.decidedAt === null) &&
                ((typeof unique_1.decidedBy === 'string' &&
                  (unique_1.decidedBy.length >= 2 ||
                    (unique_1.decidedBy.length >= 1 &&
                      Guard.CodePointCount(unique_1.decidedBy) >= 1)) &&
                  (unique_1.decidedBy.length <= 64 ||
                    (unique_1.decidedBy.length <= 128 &&
                      Guard.CodePointCount(unique_1.decidedBy) <= 64)) &&
                  External[9].test(unique_1.decidedBy)) ||
                  unique_1.decidedBy === null) &&
                ((typeof unique_1.decisionId === 'string' &&
                  (unique_1.decisionId.length >= 2 ||
                    (unique_1.decisionId.length >= 1 &&
                      Guard.CodePointCount(unique_1.decisionId) >= 1)) &&
                  (unique_1.decisionId.length <= 64 ||
                    (unique_1.decisionId.length <= 128 &&
                      Guard.CodePointCount(unique_1.decisionId) <= 64)) &&
                  External[10].test(unique_1.decisionId)) ||
                  unique_1.decisionId === null),
            ) &&
            unique_0.steps.length >= 1 &&
            unique_0.steps.length <= 20 &&
            Number.isInteger(unique_0.slaHours) &&
            (!(Number.isFinite(unique_0.slaHours) || typeof unique_0.slaHours === 'bigint') ||
              (unique_0.slaHours >= 1 && unique_0.slaHours <= 720)) &&
            typeof unique_0.submittedAt === 'string' &&
            (unique_0.submittedAt.length >= 40 ||
              (unique_0.submittedAt.length >= 20 &&
                Guard.CodePointCount(unique_0.submittedAt) >= 20)) &&
            (unique_0.submittedAt.length <= 30 ||
              (unique_0.submittedAt.length <= 60 &&
                Guard.CodePointCount(unique_0.submittedAt) <= 30)) &&
            External[11].test(unique_0.submittedAt) &&
            typeof unique_0.dueAt === 'string' &&
            (unique_0.dueAt.length >= 40 ||
              (unique_0.dueAt.length >= 20 && Guard.CodePointCount(unique_0.dueAt) >= 20)) &&
            (unique_0.dueAt.length <= 30 ||
              (unique_0.dueAt.length <= 60 && Guard.CodePointCount(unique_0.dueAt) <= 30)) &&
            External[12].test(unique_0.dueAt) &&
            Array.isArray(unique_0.history) &&
            unique_0.history.every(
              (unique_2, index) =>
                typeof unique_2 === 'object' &&
                unique_2 !== null &&
                !Array.isArray(unique_2) &&
                'at' in unique_2 &&
                'actorId' in unique_2 &&
                'action' in unique_2 &&
                'note' in unique_2 &&
                Object.getOwnPropertyNames(unique_2).length === 4 &&
                typeof unique_2.at === 'string' &&
                (unique_2.at.length >= 40 ||
                  (unique_2.at.length >= 20 && Guard.CodePointCount(unique_2.at) >= 20)) &&
                (unique_2.at.length <= 30 ||
                  (unique_2.at.length <= 60 && Guard.CodePointCount(unique_2.at) <= 30)) &&
                External[13].test(unique_2.at) &&
                ((typeof unique_2.actorId === 'string' &&
                  (unique_2.actorId.length >= 2 ||
                    (unique_2.actorId.length >= 1 &&
                      Guard.CodePointCount(unique_2.actorId) >= 1)) &&
                  (unique_2.actorId.length <= 64 ||
                    (unique_2.actorId.length <= 128 &&
                      Guard.CodePointCount(unique_2.actorId) <= 64)) &&
                  External[14].test(unique_2.actorId)) ||
                  unique_2.actorId === null) &&
                ((typeof unique_2.action === 'string' &&
                  (unique_2.action.length <= 15 ||
                    (unique_2.action.length <= 30 &&
                      Guard.CodePointCount(unique_2.action) <= 15)) &&
                  (unique_2.action === 'approve' ||
                    unique_2.action === 'reject' ||
                    unique_2.action === 'return_for_info')) ||
                  (typeof unique_2.action === 'string' &&
                    (unique_2.action.length <= 19 ||
                      (unique_2.action.length <= 38 &&
                        Guard.CodePointCount(unique_2.action) <= 19)) &&
                    (unique_2.action === 'submitted' ||
                      unique_2.action === 'resubmitted' ||
                      unique_2.action === 'withdrawn' ||
                      unique_2.action === 'routed' ||
                      unique_2.action === 'auto_approved' ||
                      unique_2.action === 'escalated' ||
                      unique_2.action === 'reassigned' ||
                      unique_2.action === 'extension_requested' ||
                      unique_2.action === 'extended' ||
                      unique_2.action === 'paid' ||
                      unique_2.action === 'expired' ||
                      unique_2.action === 'comment'))) &&
                typeof unique_2.note === 'string' &&
                (unique_2.note.length <= 4000 ||
                  (unique_2.note.length <= 8000 && Guard.CodePointCount(unique_2.note) <= 4000)) &&
                External[15].test(unique_2.note),
            ) &&
            unique_0.history.length <= 200 &&
            typeof unique_0.workflow === 'object' &&
            unique_0.workflow !== null &&
            !Array.isArray(unique_0.workflow) &&
            'definitionId' in unique_0.workflow &&
            'version' in unique_0.workflow &&
            Object.getOwnPropertyNames(unique_0.workflow).length === 2 &&
            typeof unique_0.workflow.definitionId === 'string' &&
            (unique_0.workflow.definitionId.length >= 2 ||
              (unique_0.workflow.definitionId.length >= 1 &&
                Guard.CodePointCount(unique_0.workflow.definitionId) >= 1)) &&
            (unique_0.workflow.definitionId.length <= 64 ||
              (unique_0.workflow.definitionId.length <= 128 &&
                Guard.CodePointCount(unique_0.workflow.definitionId) <= 64)) &&
            External[16].test(unique_0.workflow.definitionId) &&
            Number.isInteger(unique_0.workflow.version) &&
            (!(
              Number.isFinite(unique_0.workflow.version) ||
              typeof unique_0.workflow.version === 'bigint'
            ) ||
              (unique_0.workflow.version >= 1 && unique_0.workflow.version <= 1000000)) &&
            ((typeof unique_0.intake === 'object' &&
              unique_0.intake !== null &&
              !Array.isArray(unique_0.intake) &&
              'source' in unique_0.intake &&
              'externalId' in unique_0.intake &&
              Object.getOwnPropertyNames(unique_0.intake).length === 2 &&
              typeof unique_0.intake.source === 'string' &&
              (unique_0.intake.source.length >= 2 ||
                (unique_0.intake.source.length >= 1 &&
                  Guard.CodePointCount(unique_0.intake.source) >= 1)) &&
              (unique_0.intake.source.length <= 60 ||
                (unique_0.intake.source.length <= 120 &&
                  Guard.CodePointCount(unique_0.intake.source) <= 60)) &&
              External[17].test(unique_0.intake.source) &&
              typeof unique_0.intake.externalId === 'string' &&
              (unique_0.intake.externalId.length >= 2 ||
                (unique_0.intake.externalId.length >= 1 &&
                  Guard.CodePointCount(unique_0.intake.externalId) >= 1)) &&
              (unique_0.intake.externalId.length <= 100 ||
                (unique_0.intake.externalId.length <= 200 &&
                  Guard.CodePointCount(unique_0.intake.externalId) <= 100)) &&
              External[18].test(unique_0.intake.externalId)) ||
              unique_0.intake === null) &&
            ((typeof unique_0.relatedRequestId === 'string' &&
              (unique_0.relatedRequestId.length >= 2 ||
                (unique_0.relatedRequestId.length >= 1 &&
                  Guard.CodePointCount(unique_0.relatedRequestId) >= 1)) &&
              (unique_0.relatedRequestId.length <= 64 ||
                (unique_0.relatedRequestId.length <= 128 &&
                  Guard.CodePointCount(unique_0.relatedRequestId) <= 64)) &&
              External[19].test(unique_0.relatedRequestId)) ||
              unique_0.relatedRequestId === null) &&
            Array.isArray(unique_0.attachments) &&
            unique_0.attachments.every(
              (unique_3, index) =>
                typeof unique_3 === 'object' &&
                unique_3 !== null &&
                !Array.isArray(unique_3) &&
                'id' in unique_3 &&
                'fileName' in unique_3 &&
                'mediaType' in unique_3 &&
                'sizeBytes' in unique_3 &&
                'sha256' in unique_3 &&
                'uploadedAt' in unique_3 &&
                Object.getOwnPropertyNames(unique_3).length === 6 &&
                typeof unique_3.id === 'string' &&
                (unique_3.id.length >= 2 ||
                  (unique_3.id.length >= 1 && Guard.CodePointCount(unique_3.id) >= 1)) &&
                (unique_3.id.length <= 64 ||
                  (unique_3.id.length <= 128 && Guard.CodePointCount(unique_3.id) <= 64)) &&
                External[20].test(unique_3.id) &&
                typeof unique_3.fileName === 'string' &&
                (unique_3.fileName.length >= 2 ||
                  (unique_3.fileName.length >= 1 &&
                    Guard.CodePointCount(unique_3.fileName) >= 1)) &&
                (unique_3.fileName.length <= 255 ||
                  (unique_3.fileName.length <= 510 &&
                    Guard.CodePointCount(unique_3.fileName) <= 255)) &&
                External[21].test(unique_3.fileName) &&
                typeof unique_3.mediaType === 'string' &&
                (unique_3.mediaType.length >= 6 ||
                  (unique_3.mediaType.length >= 3 &&
                    Guard.CodePointCount(unique_3.mediaType) >= 3)) &&
                (unique_3.mediaType.length <= 100 ||
                  (unique_3.mediaType.length <= 200 &&
                    Guard.CodePointCount(unique_3.mediaType) <= 100)) &&
                External[22].test(unique_3.mediaType) &&
                Number.isInteger(unique_3.sizeBytes) &&
                (!(Number.isFinite(unique_3.sizeBytes) || typeof unique_3.sizeBytes === 'bigint') ||
                  (unique_3.sizeBytes >= 0 && unique_3.sizeBytes <= 50000000)) &&
                typeof unique_3.sha256 === 'string' &&
                (unique_3.sha256.length >= 128 ||
                  (unique_3.sha256.length >= 64 && Guard.CodePointCount(unique_3.sha256) >= 64)) &&
                (unique_3.sha256.length <= 64 ||
                  (unique_3.sha256.length <= 128 && Guard.CodePointCount(unique_3.sha256) <= 64)) &&
                External[23].test(unique_3.sha256) &&
                typeof unique_3.uploadedAt === 'string' &&
                (unique_3.uploadedAt.length >= 40 ||
                  (unique_3.uploadedAt.length >= 20 &&
                    Guard.CodePointCount(unique_3.uploadedAt) >= 20)) &&
                (unique_3.uploadedAt.length <= 30 ||
                  (unique_3.uploadedAt.length <= 60 &&
                    Guard.CodePointCount(unique_3.uploadedAt) <= 30)) &&
                External[24].test(unique_3.uploadedAt),
            ) &&
            unique_0.attachments.length <= 50 &&
            ((typeof unique_0.approvedAmount === 'object' &&
              unique_0.approvedAmount !== null &&
              !Array.isArray(unique_0.approvedAmount) &&
              'amountMinor' in unique_0.approvedAmount &&
              'currency' in unique_0.approvedAmount &&
              Object.getOwnPropertyNames(unique_0.approvedAmount).length === 2 &&
              Number.isInteger(unique_0.approvedAmount.amountMinor) &&
              (!(
                Number.isFinite(unique_0.approvedAmount.amountMinor) ||
                typeof unique_0.approvedAmount.amountMinor === 'bigint'
              ) ||
                (unique_0.approvedAmount.amountMinor >= -1000000000000000 &&
                  unique_0.approvedAmount.amountMinor <= 1000000000000000)) &&
              typeof unique_0.approvedAmount.currency === 'string' &&
              (unique_0.approvedAmount.currency.length >= 6 ||
                (unique_0.approvedAmount.currency.length >= 3 &&
                  Guard.CodePointCount(unique_0.approvedAmount.currency) >= 3)) &&
              (unique_0.approvedAmount.currency.length <= 3 ||
                (unique_0.approvedAmount.currency.length <= 6 &&
                  Guard.CodePointCount(unique_0.approvedAmount.currency) <= 3)) &&
              External[25].test(unique_0.approvedAmount.currency)) ||
              unique_0.approvedAmount === null) &&
            ((typeof unique_0.payment === 'object' &&
              unique_0.payment !== null &&
              !Array.isArray(unique_0.payment) &&
              'amount' in unique_0.payment &&
              'paidAt' in unique_0.payment &&
              'paidBy' in unique_0.payment &&
              'reference' in unique_0.payment &&
              Object.getOwnPropertyNames(unique_0.payment).length === 4 &&
              typeof unique_0.payment.amount === 'object' &&
              unique_0.payment.amount !== null &&
              !Array.isArray(unique_0.payment.amount) &&
              'amountMinor' in unique_0.payment.amount &&
              'currency' in unique_0.payment.amount &&
              Object.getOwnPropertyNames(unique_0.payment.amount).length === 2 &&
              Number.isInteger(unique_0.payment.amount.amountMinor) &&
              (!(
                Number.isFinite(unique_0.payment.amount.amountMinor) ||
                typeof unique_0.payment.amount.amountMinor === 'bigint'
              ) ||
                (unique_0.payment.amount.amountMinor >= -1000000000000000 &&
                  unique_0.payment.amount.amountMinor <= 1000000000000000)) &&
              typeof unique_0.payment.amount.currency === 'string' &&
              (unique_0.payment.amount.currency.length >= 6 ||
                (unique_0.payment.amount.currency.length >= 3 &&
                  Guard.CodePointCount(unique_0.payment.amount.currency) >= 3)) &&
              (unique_0.payment.amount.currency.length <= 3 ||
                (unique_0.payment.amount.currency.length <= 6 &&
                  Guard.CodePointCount(unique_0.payment.amount.currency) <= 3)) &&
              External[26].test(unique_0.payment.amount.currency) &&
              typeof unique_0.payment.paidAt === 'string' &&
              (unique_0.payment.paidAt.length >= 40 ||
                (unique_0.payment.paidAt.length >= 20 &&
                  Guard.CodePointCount(unique_0.payment.paidAt) >= 20)) &&
              (unique_0.payment.paidAt.length <= 30 ||
                (unique_0.payment.paidAt.length <= 60 &&
                  Guard.CodePointCount(unique_0.payment.paidAt) <= 30)) &&
              External[27].test(unique_0.payment.paidAt) &&
              typeof unique_0.payment.paidBy === 'string' &&
              (unique_0.payment.paidBy.length >= 2 ||
                (unique_0.payment.paidBy.length >= 1 &&
                  Guard.CodePointCount(unique_0.payment.paidBy) >= 1)) &&
              (unique_0.payment.paidBy.length <= 64 ||
                (unique_0.payment.paidBy.length <= 128 &&
                  Guard.CodePointCount(unique_0.payment.paidBy) <= 64)) &&
              External[28].test(unique_0.payment.paidBy) &&
              typeof unique_0.payment.reference === 'string' &&
              (unique_0.payment.reference.length >= 2 ||
                (unique_0.payment.reference.length >= 1 &&
                  Guard.CodePointCount(unique_0.payment.reference) >= 1)) &&
              (unique_0.payment.reference.length <= 100 ||
                (unique_0.payment.reference.length <= 200 &&
                  Guard.CodePointCount(unique_0.payment.reference) <= 100)) &&
              External[29].test(unique_0.payment.reference)) ||
              unique_0.payment === null) &&
            ((typeof unique_0.payee === 'object' &&
              unique_0.payee !== null &&
              !Array.isArray(unique_0.payee) &&
              'name' in unique_0.payee &&
              'email' in unique_0.payee &&
              Object.getOwnPropertyNames(unique_0.payee).length === 2 &&
              typeof unique_0.payee.name === 'string' &&
              (unique_0.payee.name.length >= 2 ||
                (unique_0.payee.name.length >= 1 &&
                  Guard.CodePointCount(unique_0.payee.name) >= 1)) &&
              (unique_0.payee.name.length <= 200 ||
                (unique_0.payee.name.length <= 400 &&
                  Guard.CodePointCount(unique_0.payee.name) <= 200)) &&
              External[30].test(unique_0.payee.name) &&
              typeof unique_0.payee.email === 'string' &&
              (unique_0.payee.email.length >= 12 ||
                (unique_0.payee.email.length >= 6 &&
                  Guard.CodePointCount(unique_0.payee.email) >= 6)) &&
              (unique_0.payee.email.length <= 254 ||
                (unique_0.payee.email.length <= 508 &&
                  Guard.CodePointCount(unique_0.payee.email) <= 254)) &&
              External[31].test(unique_0.payee.email)) ||
              unique_0.payee === null) &&
            typeof unique_0.updatedAt === 'string' &&
            (unique_0.updatedAt.length >= 40 ||
              (unique_0.updatedAt.length >= 20 &&
                Guard.CodePointCount(unique_0.updatedAt) >= 20)) &&
            (unique_0.updatedAt.length <= 30 ||
              (unique_0.updatedAt.length <= 60 &&
                Guard.CodePointCount(unique_0.updatedAt) <= 30)) &&
            External[32].test(unique_0.updatedAt) &&
            typeof unique_0._deleted === 'boolean',
        ) &&
        ((typeof value.checkpoint === 'object' &&
          value.checkpoint !== null &&
          !Array.isArray(value.checkpoint) &&
          'seq' in value.checkpoint &&
          Object.getOwnPropertyNames(value.checkpoint).every(
            (unique_4, unique_5) => External[33].test(unique_4) || false,
          ) &&
          Number.isInteger(value.checkpoint.seq) &&
          (!(Number.isFinite(value.checkpoint.seq) || typeof value.checkpoint.seq === 'bigint') ||
            (value.checkpoint.seq >= 0 && value.checkpoint.seq <= 999999999999999)) &&
          (value.checkpoint.scope === undefined ||
            !('scope' in value.checkpoint) ||
            (typeof value.checkpoint.scope === 'string' &&
              (value.checkpoint.scope.length <= 32 ||
                (value.checkpoint.scope.length <= 64 &&
                  Guard.CodePointCount(value.checkpoint.scope) <= 32))))) ||
          value.checkpoint === null);
      return function Check(value) {
        return check_0(value);
      };
    })(),
  ],
  [
    'decisions',
    (() => {
      const External = [
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('(^seq$|^scope$)', 'u'),
      ];
      const check_0 = (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        'documents' in value &&
        'checkpoint' in value &&
        Object.getOwnPropertyNames(value).length === 2 &&
        Array.isArray(value.documents) &&
        value.documents.every(
          (unique_0, index) =>
            typeof unique_0 === 'object' &&
            unique_0 !== null &&
            !Array.isArray(unique_0) &&
            'id' in unique_0 &&
            'requestId' in unique_0 &&
            'territoryId' in unique_0 &&
            'stepIndex' in unique_0 &&
            'action' in unique_0 &&
            'comment' in unique_0 &&
            'amount' in unique_0 &&
            'decidedBy' in unique_0 &&
            'deviceId' in unique_0 &&
            'decidedAt' in unique_0 &&
            'outcome' in unique_0 &&
            'updatedAt' in unique_0 &&
            '_deleted' in unique_0 &&
            Object.getOwnPropertyNames(unique_0).length === 13 &&
            typeof unique_0.id === 'string' &&
            (unique_0.id.length >= 2 ||
              (unique_0.id.length >= 1 && Guard.CodePointCount(unique_0.id) >= 1)) &&
            (unique_0.id.length <= 64 ||
              (unique_0.id.length <= 128 && Guard.CodePointCount(unique_0.id) <= 64)) &&
            External[0].test(unique_0.id) &&
            typeof unique_0.requestId === 'string' &&
            (unique_0.requestId.length >= 2 ||
              (unique_0.requestId.length >= 1 && Guard.CodePointCount(unique_0.requestId) >= 1)) &&
            (unique_0.requestId.length <= 64 ||
              (unique_0.requestId.length <= 128 &&
                Guard.CodePointCount(unique_0.requestId) <= 64)) &&
            External[1].test(unique_0.requestId) &&
            typeof unique_0.territoryId === 'string' &&
            (unique_0.territoryId.length >= 2 ||
              (unique_0.territoryId.length >= 1 &&
                Guard.CodePointCount(unique_0.territoryId) >= 1)) &&
            (unique_0.territoryId.length <= 64 ||
              (unique_0.territoryId.length <= 128 &&
                Guard.CodePointCount(unique_0.territoryId) <= 64)) &&
            External[2].test(unique_0.territoryId) &&
            Number.isInteger(unique_0.stepIndex) &&
            (!(Number.isFinite(unique_0.stepIndex) || typeof unique_0.stepIndex === 'bigint') ||
              (unique_0.stepIndex >= 0 && unique_0.stepIndex <= 20)) &&
            typeof unique_0.action === 'string' &&
            (unique_0.action.length <= 15 ||
              (unique_0.action.length <= 30 && Guard.CodePointCount(unique_0.action) <= 15)) &&
            (unique_0.action === 'approve' ||
              unique_0.action === 'reject' ||
              unique_0.action === 'return_for_info') &&
            typeof unique_0.comment === 'string' &&
            (unique_0.comment.length <= 4000 ||
              (unique_0.comment.length <= 8000 &&
                Guard.CodePointCount(unique_0.comment) <= 4000)) &&
            External[3].test(unique_0.comment) &&
            ((typeof unique_0.amount === 'object' &&
              unique_0.amount !== null &&
              !Array.isArray(unique_0.amount) &&
              'amountMinor' in unique_0.amount &&
              'currency' in unique_0.amount &&
              Object.getOwnPropertyNames(unique_0.amount).length === 2 &&
              Number.isInteger(unique_0.amount.amountMinor) &&
              (!(
                Number.isFinite(unique_0.amount.amountMinor) ||
                typeof unique_0.amount.amountMinor === 'bigint'
              ) ||
                (unique_0.amount.amountMinor >= -1000000000000000 &&
                  unique_0.amount.amountMinor <= 1000000000000000)) &&
              typeof unique_0.amount.currency === 'string' &&
              (unique_0.amount.currency.length >= 6 ||
                (unique_0.amount.currency.length >= 3 &&
                  Guard.CodePointCount(unique_0.amount.currency) >= 3)) &&
              (unique_0.amount.currency.length <= 3 ||
                (unique_0.amount.currency.length <= 6 &&
                  Guard.CodePointCount(unique_0.amount.currency) <= 3)) &&
              External[4].test(unique_0.amount.currency)) ||
              unique_0.amount === null) &&
            typeof unique_0.decidedBy === 'string' &&
            (unique_0.decidedBy.length >= 2 ||
              (unique_0.decidedBy.length >= 1 && Guard.CodePointCount(unique_0.decidedBy) >= 1)) &&
            (unique_0.decidedBy.length <= 64 ||
              (unique_0.decidedBy.length <= 128 &&
                Guard.CodePointCount(unique_0.decidedBy) <= 64)) &&
            External[5].test(unique_0.decidedBy) &&
            typeof unique_0.deviceId === 'string' &&
            (unique_0.deviceId.length >= 2 ||
              (unique_0.deviceId.length >= 1 && Guard.CodePointCount(unique_0.deviceId) >= 1)) &&
            (unique_0.deviceId.length <= 64 ||
              (unique_0.deviceId.length <= 128 && Guard.CodePointCount(unique_0.deviceId) <= 64)) &&
            External[6].test(unique_0.deviceId) &&
            typeof unique_0.decidedAt === 'string' &&
            (unique_0.decidedAt.length >= 40 ||
              (unique_0.decidedAt.length >= 20 &&
                Guard.CodePointCount(unique_0.decidedAt) >= 20)) &&
            (unique_0.decidedAt.length <= 30 ||
              (unique_0.decidedAt.length <= 60 &&
                Guard.CodePointCount(unique_0.decidedAt) <= 30)) &&
            External[7].test(unique_0.decidedAt) &&
            ((typeof unique_0.outcome === 'object' &&
              unique_0.outcome !== null &&
              !Array.isArray(unique_0.outcome) &&
              'status' in unique_0.outcome &&
              'reason' in unique_0.outcome &&
              'supersededBy' in unique_0.outcome &&
              'recordedAt' in unique_0.outcome &&
              Object.getOwnPropertyNames(unique_0.outcome).length === 4 &&
              typeof unique_0.outcome.status === 'string' &&
              (unique_0.outcome.status.length <= 10 ||
                (unique_0.outcome.status.length <= 20 &&
                  Guard.CodePointCount(unique_0.outcome.status) <= 10)) &&
              (unique_0.outcome.status === 'applied' ||
                unique_0.outcome.status === 'superseded' ||
                unique_0.outcome.status === 'rejected') &&
              ((typeof unique_0.outcome.reason === 'string' &&
                (unique_0.outcome.reason.length <= 4000 ||
                  (unique_0.outcome.reason.length <= 8000 &&
                    Guard.CodePointCount(unique_0.outcome.reason) <= 4000)) &&
                External[8].test(unique_0.outcome.reason)) ||
                unique_0.outcome.reason === null) &&
              ((typeof unique_0.outcome.supersededBy === 'string' &&
                (unique_0.outcome.supersededBy.length >= 2 ||
                  (unique_0.outcome.supersededBy.length >= 1 &&
                    Guard.CodePointCount(unique_0.outcome.supersededBy) >= 1)) &&
                (unique_0.outcome.supersededBy.length <= 64 ||
                  (unique_0.outcome.supersededBy.length <= 128 &&
                    Guard.CodePointCount(unique_0.outcome.supersededBy) <= 64)) &&
                External[9].test(unique_0.outcome.supersededBy)) ||
                unique_0.outcome.supersededBy === null) &&
              typeof unique_0.outcome.recordedAt === 'string' &&
              (unique_0.outcome.recordedAt.length >= 40 ||
                (unique_0.outcome.recordedAt.length >= 20 &&
                  Guard.CodePointCount(unique_0.outcome.recordedAt) >= 20)) &&
              (unique_0.outcome.recordedAt.length <= 30 ||
                (unique_0.outcome.recordedAt.length <= 60 &&
                  Guard.CodePointCount(unique_0.outcome.recordedAt) <= 30)) &&
              External[10].test(unique_0.outcome.recordedAt)) ||
              unique_0.outcome === null) &&
            typeof unique_0.updatedAt === 'string' &&
            (unique_0.updatedAt.length >= 40 ||
              (unique_0.updatedAt.length >= 20 &&
                Guard.CodePointCount(unique_0.updatedAt) >= 20)) &&
            (unique_0.updatedAt.length <= 30 ||
              (unique_0.updatedAt.length <= 60 &&
                Guard.CodePointCount(unique_0.updatedAt) <= 30)) &&
            External[11].test(unique_0.updatedAt) &&
            typeof unique_0._deleted === 'boolean',
        ) &&
        ((typeof value.checkpoint === 'object' &&
          value.checkpoint !== null &&
          !Array.isArray(value.checkpoint) &&
          'seq' in value.checkpoint &&
          Object.getOwnPropertyNames(value.checkpoint).every(
            (unique_1, unique_2) => External[12].test(unique_1) || false,
          ) &&
          Number.isInteger(value.checkpoint.seq) &&
          (!(Number.isFinite(value.checkpoint.seq) || typeof value.checkpoint.seq === 'bigint') ||
            (value.checkpoint.seq >= 0 && value.checkpoint.seq <= 999999999999999)) &&
          (value.checkpoint.scope === undefined ||
            !('scope' in value.checkpoint) ||
            (typeof value.checkpoint.scope === 'string' &&
              (value.checkpoint.scope.length <= 32 ||
                (value.checkpoint.scope.length <= 64 &&
                  Guard.CodePointCount(value.checkpoint.scope) <= 32))))) ||
          value.checkpoint === null);
      return function Check(value) {
        return check_0(value);
      };
    })(),
  ],
  [
    'funds',
    (() => {
      const External = [
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^\\d{4}(-(H[12]|Q[1-4]))?$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('(^seq$|^scope$)', 'u'),
      ];
      const check_0 = (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        'documents' in value &&
        'checkpoint' in value &&
        Object.getOwnPropertyNames(value).length === 2 &&
        Array.isArray(value.documents) &&
        value.documents.every(
          (unique_0, index) =>
            typeof unique_0 === 'object' &&
            unique_0 !== null &&
            !Array.isArray(unique_0) &&
            'id' in unique_0 &&
            'partnerId' in unique_0 &&
            'territoryId' in unique_0 &&
            'fundType' in unique_0 &&
            'period' in unique_0 &&
            'budget' in unique_0 &&
            'allocated' in unique_0 &&
            'accrued' in unique_0 &&
            'reserved' in unique_0 &&
            'paid' in unique_0 &&
            'balance' in unique_0 &&
            'expiresOn' in unique_0 &&
            'updatedAt' in unique_0 &&
            '_deleted' in unique_0 &&
            Object.getOwnPropertyNames(unique_0).length === 14 &&
            typeof unique_0.id === 'string' &&
            (unique_0.id.length >= 2 ||
              (unique_0.id.length >= 1 && Guard.CodePointCount(unique_0.id) >= 1)) &&
            (unique_0.id.length <= 64 ||
              (unique_0.id.length <= 128 && Guard.CodePointCount(unique_0.id) <= 64)) &&
            External[0].test(unique_0.id) &&
            typeof unique_0.partnerId === 'string' &&
            (unique_0.partnerId.length >= 2 ||
              (unique_0.partnerId.length >= 1 && Guard.CodePointCount(unique_0.partnerId) >= 1)) &&
            (unique_0.partnerId.length <= 64 ||
              (unique_0.partnerId.length <= 128 &&
                Guard.CodePointCount(unique_0.partnerId) <= 64)) &&
            External[1].test(unique_0.partnerId) &&
            typeof unique_0.territoryId === 'string' &&
            (unique_0.territoryId.length >= 2 ||
              (unique_0.territoryId.length >= 1 &&
                Guard.CodePointCount(unique_0.territoryId) >= 1)) &&
            (unique_0.territoryId.length <= 64 ||
              (unique_0.territoryId.length <= 128 &&
                Guard.CodePointCount(unique_0.territoryId) <= 64)) &&
            External[2].test(unique_0.territoryId) &&
            typeof unique_0.fundType === 'string' &&
            (unique_0.fundType.length <= 4 ||
              (unique_0.fundType.length <= 8 && Guard.CodePointCount(unique_0.fundType) <= 4)) &&
            (unique_0.fundType === 'mdf' || unique_0.fundType === 'coop') &&
            typeof unique_0.period === 'string' &&
            (unique_0.period.length >= 8 ||
              (unique_0.period.length >= 4 && Guard.CodePointCount(unique_0.period) >= 4)) &&
            (unique_0.period.length <= 7 ||
              (unique_0.period.length <= 14 && Guard.CodePointCount(unique_0.period) <= 7)) &&
            External[3].test(unique_0.period) &&
            typeof unique_0.budget === 'object' &&
            unique_0.budget !== null &&
            !Array.isArray(unique_0.budget) &&
            'amountMinor' in unique_0.budget &&
            'currency' in unique_0.budget &&
            Object.getOwnPropertyNames(unique_0.budget).length === 2 &&
            Number.isInteger(unique_0.budget.amountMinor) &&
            (!(
              Number.isFinite(unique_0.budget.amountMinor) ||
              typeof unique_0.budget.amountMinor === 'bigint'
            ) ||
              (unique_0.budget.amountMinor >= -1000000000000000 &&
                unique_0.budget.amountMinor <= 1000000000000000)) &&
            typeof unique_0.budget.currency === 'string' &&
            (unique_0.budget.currency.length >= 6 ||
              (unique_0.budget.currency.length >= 3 &&
                Guard.CodePointCount(unique_0.budget.currency) >= 3)) &&
            (unique_0.budget.currency.length <= 3 ||
              (unique_0.budget.currency.length <= 6 &&
                Guard.CodePointCount(unique_0.budget.currency) <= 3)) &&
            External[4].test(unique_0.budget.currency) &&
            typeof unique_0.allocated === 'object' &&
            unique_0.allocated !== null &&
            !Array.isArray(unique_0.allocated) &&
            'amountMinor' in unique_0.allocated &&
            'currency' in unique_0.allocated &&
            Object.getOwnPropertyNames(unique_0.allocated).length === 2 &&
            Number.isInteger(unique_0.allocated.amountMinor) &&
            (!(
              Number.isFinite(unique_0.allocated.amountMinor) ||
              typeof unique_0.allocated.amountMinor === 'bigint'
            ) ||
              (unique_0.allocated.amountMinor >= -1000000000000000 &&
                unique_0.allocated.amountMinor <= 1000000000000000)) &&
            typeof unique_0.allocated.currency === 'string' &&
            (unique_0.allocated.currency.length >= 6 ||
              (unique_0.allocated.currency.length >= 3 &&
                Guard.CodePointCount(unique_0.allocated.currency) >= 3)) &&
            (unique_0.allocated.currency.length <= 3 ||
              (unique_0.allocated.currency.length <= 6 &&
                Guard.CodePointCount(unique_0.allocated.currency) <= 3)) &&
            External[5].test(unique_0.allocated.currency) &&
            typeof unique_0.accrued === 'object' &&
            unique_0.accrued !== null &&
            !Array.isArray(unique_0.accrued) &&
            'amountMinor' in unique_0.accrued &&
            'currency' in unique_0.accrued &&
            Object.getOwnPropertyNames(unique_0.accrued).length === 2 &&
            Number.isInteger(unique_0.accrued.amountMinor) &&
            (!(
              Number.isFinite(unique_0.accrued.amountMinor) ||
              typeof unique_0.accrued.amountMinor === 'bigint'
            ) ||
              (unique_0.accrued.amountMinor >= -1000000000000000 &&
                unique_0.accrued.amountMinor <= 1000000000000000)) &&
            typeof unique_0.accrued.currency === 'string' &&
            (unique_0.accrued.currency.length >= 6 ||
              (unique_0.accrued.currency.length >= 3 &&
                Guard.CodePointCount(unique_0.accrued.currency) >= 3)) &&
            (unique_0.accrued.currency.length <= 3 ||
              (unique_0.accrued.currency.length <= 6 &&
                Guard.CodePointCount(unique_0.accrued.currency) <= 3)) &&
            External[6].test(unique_0.accrued.currency) &&
            typeof unique_0.reserved === 'object' &&
            unique_0.reserved !== null &&
            !Array.isArray(unique_0.reserved) &&
            'amountMinor' in unique_0.reserved &&
            'currency' in unique_0.reserved &&
            Object.getOwnPropertyNames(unique_0.reserved).length === 2 &&
            Number.isInteger(unique_0.reserved.amountMinor) &&
            (!(
              Number.isFinite(unique_0.reserved.amountMinor) ||
              typeof unique_0.reserved.amountMinor === 'bigint'
            ) ||
              (unique_0.reserved.amountMinor >= -1000000000000000 &&
                unique_0.reserved.amountMinor <= 1000000000000000)) &&
            typeof unique_0.reserved.currency === 'string' &&
            (unique_0.reserved.currency.length >= 6 ||
              (unique_0.reserved.currency.length >= 3 &&
                Guard.CodePointCount(unique_0.reserved.currency) >= 3)) &&
            (unique_0.reserved.currency.length <= 3 ||
              (unique_0.reserved.currency.length <= 6 &&
                Guard.CodePointCount(unique_0.reserved.currency) <= 3)) &&
            External[7].test(unique_0.reserved.currency) &&
            typeof unique_0.paid === 'object' &&
            unique_0.paid !== null &&
            !Array.isArray(unique_0.paid) &&
            'amountMinor' in unique_0.paid &&
            'currency' in unique_0.paid &&
            Object.getOwnPropertyNames(unique_0.paid).length === 2 &&
            Number.isInteger(unique_0.paid.amountMinor) &&
            (!(
              Number.isFinite(unique_0.paid.amountMinor) ||
              typeof unique_0.paid.amountMinor === 'bigint'
            ) ||
              (unique_0.paid.amountMinor >= -1000000000000000 &&
                unique_0.paid.amountMinor <= 1000000000000000)) &&
            typeof unique_0.paid.currency === 'string' &&
            (unique_0.paid.currency.length >= 6 ||
              (unique_0.paid.currency.length >= 3 &&
                Guard.CodePointCount(unique_0.paid.currency) >= 3)) &&
            (unique_0.paid.currency.length <= 3 ||
              (unique_0.paid.currency.length <= 6 &&
                Guard.CodePointCount(unique_0.paid.currency) <= 3)) &&
            External[8].test(unique_0.paid.currency) &&
            typeof unique_0.balance === 'object' &&
            unique_0.balance !== null &&
            !Array.isArray(unique_0.balance) &&
            'amountMinor' in unique_0.balance &&
            'currency' in unique_0.balance &&
            Object.getOwnPropertyNames(unique_0.balance).length === 2 &&
            Number.isInteger(unique_0.balance.amountMinor) &&
            (!(
              Number.isFinite(unique_0.balance.amountMinor) ||
              typeof unique_0.balance.amountMinor === 'bigint'
            ) ||
              (unique_0.balance.amountMinor >= -1000000000000000 &&
                unique_0.balance.amountMinor <= 1000000000000000)) &&
            typeof unique_0.balance.currency === 'string' &&
            (unique_0.balance.currency.length >= 6 ||
              (unique_0.balance.currency.length >= 3 &&
                Guard.CodePointCount(unique_0.balance.currency) >= 3)) &&
            (unique_0.balance.currency.length <= 3 ||
              (unique_0.balance.currency.length <= 6 &&
                Guard.CodePointCount(unique_0.balance.currency) <= 3)) &&
            External[9].test(unique_0.balance.currency) &&
            typeof unique_0.expiresOn === 'string' &&
            (unique_0.expiresOn.length >= 20 ||
              (unique_0.expiresOn.length >= 10 &&
                Guard.CodePointCount(unique_0.expiresOn) >= 10)) &&
            (unique_0.expiresOn.length <= 10 ||
              (unique_0.expiresOn.length <= 20 &&
                Guard.CodePointCount(unique_0.expiresOn) <= 10)) &&
            External[10].test(unique_0.expiresOn) &&
            typeof unique_0.updatedAt === 'string' &&
            (unique_0.updatedAt.length >= 40 ||
              (unique_0.updatedAt.length >= 20 &&
                Guard.CodePointCount(unique_0.updatedAt) >= 20)) &&
            (unique_0.updatedAt.length <= 30 ||
              (unique_0.updatedAt.length <= 60 &&
                Guard.CodePointCount(unique_0.updatedAt) <= 30)) &&
            External[11].test(unique_0.updatedAt) &&
            typeof unique_0._deleted === 'boolean',
        ) &&
        ((typeof value.checkpoint === 'object' &&
          value.checkpoint !== null &&
          !Array.isArray(value.checkpoint) &&
          'seq' in value.checkpoint &&
          Object.getOwnPropertyNames(value.checkpoint).every(
            (unique_1, unique_2) => External[12].test(unique_1) || false,
          ) &&
          Number.isInteger(value.checkpoint.seq) &&
          (!(Number.isFinite(value.checkpoint.seq) || typeof value.checkpoint.seq === 'bigint') ||
            (value.checkpoint.seq >= 0 && value.checkpoint.seq <= 999999999999999)) &&
          (value.checkpoint.scope === undefined ||
            !('scope' in value.checkpoint) ||
            (typeof value.checkpoint.scope === 'string' &&
              (value.checkpoint.scope.length <= 32 ||
                (value.checkpoint.scope.length <= 64 &&
                  Guard.CodePointCount(value.checkpoint.scope) <= 32))))) ||
          value.checkpoint === null);
      return function Check(value) {
        return check_0(value);
      };
    })(),
  ],
  [
    'performance',
    (() => {
      const External = [
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('(^seq$|^scope$)', 'u'),
      ];
      const check_0 = (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        'documents' in value &&
        'checkpoint' in value &&
        Object.getOwnPropertyNames(value).length === 2 &&
        Array.isArray(value.documents) &&
        value.documents.every(
          (unique_0, index) =>
            typeof unique_0 === 'object' &&
            unique_0 !== null &&
            !Array.isArray(unique_0) &&
            'id' in unique_0 &&
            'partnerId' in unique_0 &&
            'territoryId' in unique_0 &&
            'year' in unique_0 &&
            'currency' in unique_0 &&
            'months' in unique_0 &&
            'updatedAt' in unique_0 &&
            '_deleted' in unique_0 &&
            Object.getOwnPropertyNames(unique_0).length === 8 &&
            typeof unique_0.id === 'string' &&
            (unique_0.id.length >= 2 ||
              (unique_0.id.length >= 1 && Guard.CodePointCount(unique_0.id) >= 1)) &&
            (unique_0.id.length <= 64 ||
              (unique_0.id.length <= 128 && Guard.CodePointCount(unique_0.id) <= 64)) &&
            External[0].test(unique_0.id) &&
            typeof unique_0.partnerId === 'string' &&
            (unique_0.partnerId.length >= 2 ||
              (unique_0.partnerId.length >= 1 && Guard.CodePointCount(unique_0.partnerId) >= 1)) &&
            (unique_0.partnerId.length <= 64 ||
              (unique_0.partnerId.length <= 128 &&
                Guard.CodePointCount(unique_0.partnerId) <= 64)) &&
            External[1].test(unique_0.partnerId) &&
            typeof unique_0.territoryId === 'string' &&
            (unique_0.territoryId.length >= 2 ||
              (unique_0.territoryId.length >= 1 &&
                Guard.CodePointCount(unique_0.territoryId) >= 1)) &&
            (unique_0.territoryId.length <= 64 ||
              (unique_0.territoryId.length <= 128 &&
                Guard.CodePointCount(unique_0.territoryId) <= 64)) &&
            External[2].test(unique_0.territoryId) &&
            Number.isInteger(unique_0.year) &&
            (!(Number.isFinite(unique_0.year) || typeof unique_0.year === 'bigint') ||
              (unique_0.year >= 2000 &&
                unique_0.year <= 2100 &&
                Guard.IsMultipleOf(unique_0.year, 1))) &&
            typeof unique_0.currency === 'string' &&
            (unique_0.currency.length >= 6 ||
              (unique_0.currency.length >= 3 && Guard.CodePointCount(unique_0.currency) >= 3)) &&
            (unique_0.currency.length <= 3 ||
              (unique_0.currency.length <= 6 && Guard.CodePointCount(unique_0.currency) <= 3)) &&
            External[3].test(unique_0.currency) &&
            Array.isArray(unique_0.months) &&
            unique_0.months.every(
              (unique_1, index) =>
                typeof unique_1 === 'object' &&
                unique_1 !== null &&
                !Array.isArray(unique_1) &&
                'month' in unique_1 &&
                'revenueMinor' in unique_1 &&
                'pipelineMinor' in unique_1 &&
                'dealsRegistered' in unique_1 &&
                'dealsWon' in unique_1 &&
                'dealsLost' in unique_1 &&
                'mdfSpendMinor' in unique_1 &&
                'certifiedContacts' in unique_1 &&
                Object.getOwnPropertyNames(unique_1).length === 8 &&
                Number.isInteger(unique_1.month) &&
                (!(Number.isFinite(unique_1.month) || typeof unique_1.month === 'bigint') ||
                  (unique_1.month >= 1 && unique_1.month <= 12)) &&
                Number.isInteger(unique_1.revenueMinor) &&
                (!(
                  Number.isFinite(unique_1.revenueMinor) ||
                  typeof unique_1.revenueMinor === 'bigint'
                ) ||
                  unique_1.revenueMinor >= 0) &&
                Number.isInteger(unique_1.pipelineMinor) &&
                (!(
                  Number.isFinite(unique_1.pipelineMinor) ||
                  typeof unique_1.pipelineMinor === 'bigint'
                ) ||
                  unique_1.pipelineMinor >= 0) &&
                Number.isInteger(unique_1.dealsRegistered) &&
                (!(
                  Number.isFinite(unique_1.dealsRegistered) ||
                  typeof unique_1.dealsRegistered === 'bigint'
                ) ||
                  unique_1.dealsRegistered >= 0) &&
                Number.isInteger(unique_1.dealsWon) &&
                (!(Number.isFinite(unique_1.dealsWon) || typeof unique_1.dealsWon === 'bigint') ||
                  unique_1.dealsWon >= 0) &&
                Number.isInteger(unique_1.dealsLost) &&
                (!(Number.isFinite(unique_1.dealsLost) || typeof unique_1.dealsLost === 'bigint') ||
                  unique_1.dealsLost >= 0) &&
                Number.isInteger(unique_1.mdfSpendMinor) &&
                (!(
                  Number.isFinite(unique_1.mdfSpendMinor) ||
                  typeof unique_1.mdfSpendMinor === 'bigint'
                ) ||
                  unique_1.mdfSpendMinor >= 0) &&
                Number.isInteger(unique_1.certifiedContacts) &&
                (!(
                  Number.isFinite(unique_1.certifiedContacts) ||
                  typeof unique_1.certifiedContacts === 'bigint'
                ) ||
                  unique_1.certifiedContacts >= 0),
            ) &&
            unique_0.months.length <= 12 &&
            typeof unique_0.updatedAt === 'string' &&
            (unique_0.updatedAt.length >= 40 ||
              (unique_0.updatedAt.length >= 20 &&
                Guard.CodePointCount(unique_0.updatedAt) >= 20)) &&
            (unique_0.updatedAt.length <= 30 ||
              (unique_0.updatedAt.length <= 60 &&
                Guard.CodePointCount(unique_0.updatedAt) <= 30)) &&
            External[4].test(unique_0.updatedAt) &&
            typeof unique_0._deleted === 'boolean',
        ) &&
        ((typeof value.checkpoint === 'object' &&
          value.checkpoint !== null &&
          !Array.isArray(value.checkpoint) &&
          'seq' in value.checkpoint &&
          Object.getOwnPropertyNames(value.checkpoint).every(
            (unique_2, unique_3) => External[5].test(unique_2) || false,
          ) &&
          Number.isInteger(value.checkpoint.seq) &&
          (!(Number.isFinite(value.checkpoint.seq) || typeof value.checkpoint.seq === 'bigint') ||
            (value.checkpoint.seq >= 0 && value.checkpoint.seq <= 999999999999999)) &&
          (value.checkpoint.scope === undefined ||
            !('scope' in value.checkpoint) ||
            (typeof value.checkpoint.scope === 'string' &&
              (value.checkpoint.scope.length <= 32 ||
                (value.checkpoint.scope.length <= 64 &&
                  Guard.CodePointCount(value.checkpoint.scope) <= 32))))) ||
          value.checkpoint === null);
      return function Check(value) {
        return check_0(value);
      };
    })(),
  ],
  [
    'activities',
    (() => {
      const External = [
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('(^seq$|^scope$)', 'u'),
      ];
      const check_0 = (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        'documents' in value &&
        'checkpoint' in value &&
        Object.getOwnPropertyNames(value).length === 2 &&
        Array.isArray(value.documents) &&
        value.documents.every(
          (unique_0, index) =>
            typeof unique_0 === 'object' &&
            unique_0 !== null &&
            !Array.isArray(unique_0) &&
            'id' in unique_0 &&
            'partnerId' in unique_0 &&
            'territoryId' in unique_0 &&
            'kind' in unique_0 &&
            'subjectType' in unique_0 &&
            'subjectId' in unique_0 &&
            'actorId' in unique_0 &&
            'at' in unique_0 &&
            'writtenAt' in unique_0 &&
            'text' in unique_0 &&
            'outcome' in unique_0 &&
            'updatedAt' in unique_0 &&
            '_deleted' in unique_0 &&
            Object.getOwnPropertyNames(unique_0).length === 13 &&
            typeof unique_0.id === 'string' &&
            (unique_0.id.length >= 2 ||
              (unique_0.id.length >= 1 && Guard.CodePointCount(unique_0.id) >= 1)) &&
            (unique_0.id.length <= 64 ||
              (unique_0.id.length <= 128 && Guard.CodePointCount(unique_0.id) <= 64)) &&
            External[0].test(unique_0.id) &&
            typeof unique_0.partnerId === 'string' &&
            (unique_0.partnerId.length >= 2 ||
              (unique_0.partnerId.length >= 1 && Guard.CodePointCount(unique_0.partnerId) >= 1)) &&
            (unique_0.partnerId.length <= 64 ||
              (unique_0.partnerId.length <= 128 &&
                Guard.CodePointCount(unique_0.partnerId) <= 64)) &&
            External[1].test(unique_0.partnerId) &&
            typeof unique_0.territoryId === 'string' &&
            (unique_0.territoryId.length >= 2 ||
              (unique_0.territoryId.length >= 1 &&
                Guard.CodePointCount(unique_0.territoryId) >= 1)) &&
            (unique_0.territoryId.length <= 64 ||
              (unique_0.territoryId.length <= 128 &&
                Guard.CodePointCount(unique_0.territoryId) <= 64)) &&
            External[2].test(unique_0.territoryId) &&
            typeof unique_0.kind === 'string' &&
            (unique_0.kind.length <= 7 ||
              (unique_0.kind.length <= 14 && Guard.CodePointCount(unique_0.kind) <= 7)) &&
            (unique_0.kind === 'note' ||
              unique_0.kind === 'call' ||
              unique_0.kind === 'meeting' ||
              unique_0.kind === 'email' ||
              unique_0.kind === 'audit') &&
            typeof unique_0.subjectType === 'string' &&
            (unique_0.subjectType.length <= 7 ||
              (unique_0.subjectType.length <= 14 &&
                Guard.CodePointCount(unique_0.subjectType) <= 7)) &&
            (unique_0.subjectType === 'partner' ||
              unique_0.subjectType === 'deal' ||
              unique_0.subjectType === 'request' ||
              unique_0.subjectType === 'fund' ||
              unique_0.subjectType === 'contact') &&
            typeof unique_0.subjectId === 'string' &&
            (unique_0.subjectId.length >= 2 ||
              (unique_0.subjectId.length >= 1 && Guard.CodePointCount(unique_0.subjectId) >= 1)) &&
            (unique_0.subjectId.length <= 64 ||
              (unique_0.subjectId.length <= 128 &&
                Guard.CodePointCount(unique_0.subjectId) <= 64)) &&
            External[3].test(unique_0.subjectId) &&
            ((typeof unique_0.actorId === 'string' &&
              (unique_0.actorId.length >= 2 ||
                (unique_0.actorId.length >= 1 && Guard.CodePointCount(unique_0.actorId) >= 1)) &&
              (unique_0.actorId.length <= 64 ||
                (unique_0.actorId.length <= 128 && Guard.CodePointCount(unique_0.actorId) <= 64)) &&
              External[4].test(unique_0.actorId)) ||
              unique_0.actorId === null) &&
            typeof unique_0.at === 'string' &&
            (unique_0.at.length >= 40 ||
              (unique_0.at.length >= 20 && Guard.CodePointCount(unique_0.at) >= 20)) &&
            (unique_0.at.length <= 30 ||
              (unique_0.at.length <= 60 && Guard.CodePointCount(unique_0.at) <= 30)) &&
            External[5].test(unique_0.at) &&
            ((typeof unique_0.writtenAt === 'string' &&
              (unique_0.writtenAt.length >= 40 ||
                (unique_0.writtenAt.length >= 20 &&
                  Guard.CodePointCount(unique_0.writtenAt) >= 20)) &&
              (unique_0.writtenAt.length <= 30 ||
                (unique_0.writtenAt.length <= 60 &&
                  Guard.CodePointCount(unique_0.writtenAt) <= 30)) &&
              External[6].test(unique_0.writtenAt)) ||
              unique_0.writtenAt === null) &&
            typeof unique_0.text === 'string' &&
            (unique_0.text.length <= 4000 ||
              (unique_0.text.length <= 8000 && Guard.CodePointCount(unique_0.text) <= 4000)) &&
            External[7].test(unique_0.text) &&
            ((typeof unique_0.outcome === 'object' &&
              unique_0.outcome !== null &&
              !Array.isArray(unique_0.outcome) &&
              'status' in unique_0.outcome &&
              'reason' in unique_0.outcome &&
              'recordedAt' in unique_0.outcome &&
              Object.getOwnPropertyNames(unique_0.outcome).length === 3 &&
              typeof unique_0.outcome.status === 'string' &&
              (unique_0.outcome.status.length <= 8 ||
                (unique_0.outcome.status.length <= 16 &&
                  Guard.CodePointCount(unique_0.outcome.status) <= 8)) &&
              (unique_0.outcome.status === 'accepted' || unique_0.outcome.status === 'refused') &&
              ((typeof unique_0.outcome.reason === 'string' &&
                (unique_0.outcome.reason.length <= 4000 ||
                  (unique_0.outcome.reason.length <= 8000 &&
                    Guard.CodePointCount(unique_0.outcome.reason) <= 4000)) &&
                External[8].test(unique_0.outcome.reason)) ||
                unique_0.outcome.reason === null) &&
              typeof unique_0.outcome.recordedAt === 'string' &&
              (unique_0.outcome.recordedAt.length >= 40 ||
                (unique_0.outcome.recordedAt.length >= 20 &&
                  Guard.CodePointCount(unique_0.outcome.recordedAt) >= 20)) &&
              (unique_0.outcome.recordedAt.length <= 30 ||
                (unique_0.outcome.recordedAt.length <= 60 &&
                  Guard.CodePointCount(unique_0.outcome.recordedAt) <= 30)) &&
              External[9].test(unique_0.outcome.recordedAt)) ||
              unique_0.outcome === null) &&
            typeof unique_0.updatedAt === 'string' &&
            (unique_0.updatedAt.length >= 40 ||
              (unique_0.updatedAt.length >= 20 &&
                Guard.CodePointCount(unique_0.updatedAt) >= 20)) &&
            (unique_0.updatedAt.length <= 30 ||
              (unique_0.updatedAt.length <= 60 &&
                Guard.CodePointCount(unique_0.updatedAt) <= 30)) &&
            External[10].test(unique_0.updatedAt) &&
            typeof unique_0._deleted === 'boolean',
        ) &&
        ((typeof value.checkpoint === 'object' &&
          value.checkpoint !== null &&
          !Array.isArray(value.checkpoint) &&
          'seq' in value.checkpoint &&
          Object.getOwnPropertyNames(value.checkpoint).every(
            (unique_1, unique_2) => External[11].test(unique_1) || false,
          ) &&
          Number.isInteger(value.checkpoint.seq) &&
          (!(Number.isFinite(value.checkpoint.seq) || typeof value.checkpoint.seq === 'bigint') ||
            (value.checkpoint.seq >= 0 && value.checkpoint.seq <= 999999999999999)) &&
          (value.checkpoint.scope === undefined ||
            !('scope' in value.checkpoint) ||
            (typeof value.checkpoint.scope === 'string' &&
              (value.checkpoint.scope.length <= 32 ||
                (value.checkpoint.scope.length <= 64 &&
                  Guard.CodePointCount(value.checkpoint.scope) <= 32))))) ||
          value.checkpoint === null);
      return function Check(value) {
        return check_0(value);
      };
    })(),
  ],
]);

/** A live stream event's data, by collection. */
export const streamBatchChecks: ReadonlyMap<string, Check> = new Map([
  [
    'territories',
    (() => {
      const External = [
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^[A-Z]{2}$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^\\d{4}-\\d{2}$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('(^seq$|^scope$)', 'u'),
      ];
      const check_0 = (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        'documents' in value &&
        'checkpoint' in value &&
        Object.getOwnPropertyNames(value).length === 2 &&
        Array.isArray(value.documents) &&
        value.documents.every(
          (unique_0, index) =>
            typeof unique_0 === 'object' &&
            unique_0 !== null &&
            !Array.isArray(unique_0) &&
            'id' in unique_0 &&
            'name' in unique_0 &&
            'region' in unique_0 &&
            'countries' in unique_0 &&
            'camIds' in unique_0 &&
            'managerId' in unique_0 &&
            'reportingCurrency' in unique_0 &&
            'exchangeRates' in unique_0 &&
            'rollup' in unique_0 &&
            'updatedAt' in unique_0 &&
            '_deleted' in unique_0 &&
            Object.getOwnPropertyNames(unique_0).length === 11 &&
            typeof unique_0.id === 'string' &&
            (unique_0.id.length >= 2 ||
              (unique_0.id.length >= 1 && Guard.CodePointCount(unique_0.id) >= 1)) &&
            (unique_0.id.length <= 64 ||
              (unique_0.id.length <= 128 && Guard.CodePointCount(unique_0.id) <= 64)) &&
            External[0].test(unique_0.id) &&
            typeof unique_0.name === 'string' &&
            (unique_0.name.length >= 2 ||
              (unique_0.name.length >= 1 && Guard.CodePointCount(unique_0.name) >= 1)) &&
            (unique_0.name.length <= 200 ||
              (unique_0.name.length <= 400 && Guard.CodePointCount(unique_0.name) <= 200)) &&
            External[1].test(unique_0.name) &&
            typeof unique_0.region === 'string' &&
            (unique_0.region.length <= 60 ||
              (unique_0.region.length <= 120 && Guard.CodePointCount(unique_0.region) <= 60)) &&
            Array.isArray(unique_0.countries) &&
            unique_0.countries.every(
              (unique_1, index) =>
                typeof unique_1 === 'string' &&
                (unique_1.length >= 4 ||
                  (unique_1.length >= 2 && Guard.CodePointCount(unique_1) >= 2)) &&
                (unique_1.length <= 2 ||
                  (unique_1.length <= 4 && Guard.CodePointCount(unique_1) <= 2)) &&
                External[2].test(unique_1),
            ) &&
            unique_0.countries.length <= 60 &&
            Array.isArray(unique_0.camIds) &&
            unique_0.camIds.every(
              (unique_2, index) =>
                typeof unique_2 === 'string' &&
                (unique_2.length >= 2 ||
                  (unique_2.length >= 1 && Guard.CodePointCount(unique_2) >= 1)) &&
                (unique_2.length <= 64 ||
                  (unique_2.length <= 128 && Guard.CodePointCount(unique_2) <= 64)) &&
                External[3].test(unique_2),
            ) &&
            unique_0.camIds.length <= 50 &&
            ((typeof unique_0.managerId === 'string' &&
              (unique_0.managerId.length >= 2 ||
                (unique_0.managerId.length >= 1 &&
                  Guard.CodePointCount(unique_0.managerId) >= 1)) &&
              (unique_0.managerId.length <= 64 ||
                (unique_0.managerId.length <= 128 &&
                  Guard.CodePointCount(unique_0.managerId) <= 64)) &&
              External[4].test(unique_0.managerId)) ||
              unique_0.managerId === null) &&
            typeof unique_0.reportingCurrency === 'string' &&
            (unique_0.reportingCurrency.length >= 6 ||
              (unique_0.reportingCurrency.length >= 3 &&
                Guard.CodePointCount(unique_0.reportingCurrency) >= 3)) &&
            (unique_0.reportingCurrency.length <= 3 ||
              (unique_0.reportingCurrency.length <= 6 &&
                Guard.CodePointCount(unique_0.reportingCurrency) <= 3)) &&
            External[5].test(unique_0.reportingCurrency) &&
            typeof unique_0.exchangeRates === 'object' &&
            unique_0.exchangeRates !== null &&
            !Array.isArray(unique_0.exchangeRates) &&
            'baseCurrency' in unique_0.exchangeRates &&
            'rates' in unique_0.exchangeRates &&
            Object.getOwnPropertyNames(unique_0.exchangeRates).length === 2 &&
            typeof unique_0.exchangeRates.baseCurrency === 'string' &&
            (unique_0.exchangeRates.baseCurrency.length >= 6 ||
              (unique_0.exchangeRates.baseCurrency.length >= 3 &&
                Guard.CodePointCount(unique_0.exchangeRates.baseCurrency) >= 3)) &&
            (unique_0.exchangeRates.baseCurrency.length <= 3 ||
              (unique_0.exchangeRates.baseCurrency.length <= 6 &&
                Guard.CodePointCount(unique_0.exchangeRates.baseCurrency) <= 3)) &&
            External[6].test(unique_0.exchangeRates.baseCurrency) &&
            Array.isArray(unique_0.exchangeRates.rates) &&
            unique_0.exchangeRates.rates.every(
              (unique_3, index) =>
                typeof unique_3 === 'object' &&
                unique_3 !== null &&
                !Array.isArray(unique_3) &&
                'currency' in unique_3 &&
                'validOn' in unique_3 &&
                'unitsPerBase' in unique_3 &&
                Object.getOwnPropertyNames(unique_3).length === 3 &&
                typeof unique_3.currency === 'string' &&
                (unique_3.currency.length >= 6 ||
                  (unique_3.currency.length >= 3 &&
                    Guard.CodePointCount(unique_3.currency) >= 3)) &&
                (unique_3.currency.length <= 3 ||
                  (unique_3.currency.length <= 6 &&
                    Guard.CodePointCount(unique_3.currency) <= 3)) &&
                External[7].test(unique_3.currency) &&
                typeof unique_3.validOn === 'string' &&
                (unique_3.validOn.length >= 20 ||
                  (unique_3.validOn.length >= 10 &&
                    Guard.CodePointCount(unique_3.validOn) >= 10)) &&
                (unique_3.validOn.length <= 10 ||
                  (unique_3.validOn.length <= 20 &&
                    Guard.CodePointCount(unique_3.validOn) <= 10)) &&
                External[8].test(unique_3.validOn) &&
                Number.isFinite(unique_3.unitsPerBase) &&
                unique_3.unitsPerBase > 0,
            ) &&
            unique_0.exchangeRates.rates.length <= 5000 &&
            ((typeof unique_0.rollup === 'object' &&
              unique_0.rollup !== null &&
              !Array.isArray(unique_0.rollup) &&
              'computedAt' in unique_0.rollup &&
              'firstMonth' in unique_0.rollup &&
              'monthCount' in unique_0.rollup &&
              'partners' in unique_0.rollup &&
              Object.getOwnPropertyNames(unique_0.rollup).length === 4 &&
              typeof unique_0.rollup.computedAt === 'string' &&
              (unique_0.rollup.computedAt.length >= 40 ||
                (unique_0.rollup.computedAt.length >= 20 &&
                  Guard.CodePointCount(unique_0.rollup.computedAt) >= 20)) &&
              (unique_0.rollup.computedAt.length <= 30 ||
                (unique_0.rollup.computedAt.length <= 60 &&
                  Guard.CodePointCount(unique_0.rollup.computedAt) <= 30)) &&
              External[9].test(unique_0.rollup.computedAt) &&
              typeof unique_0.rollup.firstMonth === 'string' &&
              (unique_0.rollup.firstMonth.length >= 14 ||
                (unique_0.rollup.firstMonth.length >= 7 &&
                  Guard.CodePointCount(unique_0.rollup.firstMonth) >= 7)) &&
              (unique_0.rollup.firstMonth.length <= 7 ||
                (unique_0.rollup.firstMonth.length <= 14 &&
                  Guard.CodePointCount(unique_0.rollup.firstMonth) <= 7)) &&
              External[10].test(unique_0.rollup.firstMonth) &&
              Number.isInteger(unique_0.rollup.monthCount) &&
              (!(
                Number.isFinite(unique_0.rollup.monthCount) ||
                typeof unique_0.rollup.monthCount === 'bigint'
              ) ||
                (unique_0.rollup.monthCount >= 1 && unique_0.rollup.monthCount <= 36)) &&
              Array.isArray(unique_0.rollup.partners) &&
              unique_0.rollup.partners.every(
                (unique_4, index) =>
                  typeof unique_4 === 'object' &&
                  unique_4 !== null &&
                  !Array.isArray(unique_4) &&
                  'partnerId' in unique_4 &&
                  'registered' in unique_4 &&
                  'approved' in unique_4 &&
                  'won' in unique_4 &&
                  'decided' in unique_4 &&
                  'decidedInSla' in unique_4 &&
                  'turnaroundHours' in unique_4 &&
                  'contacts' in unique_4 &&
                  'certifiedContacts' in unique_4 &&
                  'lanes' in unique_4 &&
                  Object.getOwnPropertyNames(unique_4).length === 10 &&
                  typeof unique_4.partnerId === 'string' &&
                  (unique_4.partnerId.length >= 2 ||
                    (unique_4.partnerId.length >= 1 &&
                      Guard.CodePointCount(unique_4.partnerId) >= 1)) &&
                  (unique_4.partnerId.length <= 64 ||
                    (unique_4.partnerId.length <= 128 &&
                      Guard.CodePointCount(unique_4.partnerId) <= 64)) &&
                  External[11].test(unique_4.partnerId) &&
                  Array.isArray(unique_4.registered) &&
                  unique_4.registered.every(
                    (unique_5, index) =>
                      Number.isInteger(unique_5) &&
                      (!(Number.isFinite(unique_5) || typeof unique_5 === 'bigint') ||
                        unique_5 >= 0),
                  ) &&
                  unique_4.registered.length <= 36 &&
                  Array.isArray(unique_4.approved) &&
                  unique_4.approved.every(
                    (unique_6, index) =>
                      Number.isInteger(unique_6) &&
                      (!(Number.isFinite(unique_6) || typeof unique_6 === 'bigint') ||
                        unique_6 >= 0),
                  ) &&
                  unique_4.approved.length <= 36 &&
                  Array.isArray(unique_4.won) &&
                  unique_4.won.every(
                    (unique_7, index) =>
                      Number.isInteger(unique_7) &&
                      (!(Number.isFinite(unique_7) || typeof unique_7 === 'bigint') ||
                        unique_7 >= 0),
                  ) &&
                  unique_4.won.length <= 36 &&
                  Array.isArray(unique_4.decided) &&
                  unique_4.decided.every(
                    (unique_8, index) =>
                      Number.isInteger(unique_8) &&
                      (!(Number.isFinite(unique_8) || typeof unique_8 === 'bigint') ||
                        unique_8 >= 0),
                  ) &&
                  unique_4.decided.length <= 36 &&
                  Array.isArray(unique_4.decidedInSla) &&
                  unique_4.decidedInSla.every(
                    (unique_9, index) =>
                      Number.isInteger(unique_9) &&
                      (!(Number.isFinite(unique_9) || typeof unique_9 === 'bigint') ||
                        unique_9 >= 0),
                  ) &&
                  unique_4.decidedInSla.length <= 36 &&
                  Array.isArray(unique_4.turnaroundHours) &&
                  unique_4.turnaroundHours.every(
                    (unique_10, index) =>
                      Number.isInteger(unique_10) &&
                      (!(Number.isFinite(unique_10) || typeof unique_10 === 'bigint') ||
                        unique_10 >= 0),
                  ) &&
                  unique_4.turnaroundHours.length <= 36 &&
                  Number.isInteger(unique_4.contacts) &&
                  (!(Number.isFinite(unique_4.contacts) || typeof unique_4.contacts === 'bigint') ||
                    unique_4.contacts >= 0) &&
                  Number.isInteger(unique_4.certifiedContacts) &&
                  (!(
                    Number.isFinite(unique_4.certifiedContacts) ||
                    typeof unique_4.certifiedContacts === 'bigint'
                  ) ||
                    unique_4.certifiedContacts >= 0) &&
                  Array.isArray(unique_4.lanes) &&
                  unique_4.lanes.every(
                    (unique_11, index) =>
                      typeof unique_11 === 'object' &&
                      unique_11 !== null &&
                      !Array.isArray(unique_11) &&
                      'currency' in unique_11 &&
                      'wonMinor' in unique_11 &&
                      'pipelineMinor' in unique_11 &&
                      'revenueMinor' in unique_11 &&
                      'mdfAllocatedMinor' in unique_11 &&
                      'mdfClaimedMinor' in unique_11 &&
                      'mdfPaidMinor' in unique_11 &&
                      Object.getOwnPropertyNames(unique_11).length === 7 &&
                      typeof unique_11.currency === 'string' &&
                      (unique_11.currency.length >= 6 ||
                        (unique_11.currency.length >= 3 &&
                          Guard.CodePointCount(unique_11.currency) >= 3)) &&
                      (unique_11.currency.length <= 3 ||
                        (unique_11.currency.length <= 6 &&
                          Guard.CodePointCount(unique_11.currency) <= 3)) &&
                      External[12].test(unique_11.currency) &&
                      Array.isArray(unique_11.wonMinor) &&
                      unique_11.wonMinor.every(
                        (unique_12, index) =>
                          Number.isInteger(unique_12) &&
                          (!(Number.isFinite(unique_12) || typeof unique_12 === 'bigint') ||
                            unique_12 >= 0),
                      ) &&
                      unique_11.wonMinor.length <= 36 &&
                      Array.isArray(unique_11.pipelineMinor) &&
                      unique_11.pipelineMinor.every(
                        (unique_13, index) =>
                          Number.isInteger(unique_13) &&
                          (!(Number.isFinite(unique_13) || typeof unique_13 === 'bigint') ||
                            unique_13 >= 0),
                      ) &&
                      unique_11.pipelineMinor.length <= 36 &&
                      Array.isArray(unique_11.revenueMinor) &&
                      unique_11.revenueMinor.every(
                        (unique_14, index) =>
                          Number.isInteger(unique_14) &&
                          (!(Number.isFinite(unique_14) || typeof unique_14 === 'bigint') ||
                            unique_14 >= 0),
                      ) &&
                      unique_11.revenueMinor.length <= 36 &&
                      Number.isInteger(unique_11.mdfAllocatedMinor) &&
                      (!(
                        Number.isFinite(unique_11.mdfAllocatedMinor) ||
                        typeof unique_11.mdfAllocatedMinor === 'bigint'
                      ) ||
                        unique_11.mdfAllocatedMinor >= 0) &&
                      Number.isInteger(unique_11.mdfClaimedMinor) &&
                      (!(
                        Number.isFinite(unique_11.mdfClaimedMinor) ||
                        typeof unique_11.mdfClaimedMinor === 'bigint'
                      ) ||
                        unique_11.mdfClaimedMinor >= 0) &&
                      Number.isInteger(unique_11.mdfPaidMinor) &&
                      (!(
                        Number.isFinite(unique_11.mdfPaidMinor) ||
                        typeof unique_11.mdfPaidMinor === 'bigint'
                      ) ||
                        unique_11.mdfPaidMinor >= 0),
                  ) &&
                  unique_4.lanes.length <= 20,
              ) &&
              unique_0.rollup.partners.length <= 20000) ||
              unique_0.rollup === null) &&
            typeof unique_0.updatedAt === 'string' &&
            (unique_0.updatedAt.length >= 40 ||
              (unique_0.updatedAt.length >= 20 &&
                Guard.CodePointCount(unique_0.updatedAt) >= 20)) &&
            (unique_0.updatedAt.length <= 30 ||
              (unique_0.updatedAt.length <= 60 &&
                Guard.CodePointCount(unique_0.updatedAt) <= 30)) &&
            External[13].test(unique_0.updatedAt) &&
            typeof unique_0._deleted === 'boolean',
        ) &&
        typeof value.checkpoint === 'object' &&
        value.checkpoint !== null &&
        !Array.isArray(value.checkpoint) &&
        'seq' in value.checkpoint &&
        Object.getOwnPropertyNames(value.checkpoint).every(
          (unique_15, unique_16) => External[14].test(unique_15) || false,
        ) &&
        Number.isInteger(value.checkpoint.seq) &&
        (!(Number.isFinite(value.checkpoint.seq) || typeof value.checkpoint.seq === 'bigint') ||
          (value.checkpoint.seq >= 0 && value.checkpoint.seq <= 999999999999999)) &&
        (value.checkpoint.scope === undefined ||
          !('scope' in value.checkpoint) ||
          (typeof value.checkpoint.scope === 'string' &&
            (value.checkpoint.scope.length <= 32 ||
              (value.checkpoint.scope.length <= 64 &&
                Guard.CodePointCount(value.checkpoint.scope) <= 32))));
      return function Check(value) {
        return check_0(value);
      };
    })(),
  ],
  [
    'users',
    (() => {
      const External = [
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('(^seq$|^scope$)', 'u'),
      ];
      const check_0 = (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        'documents' in value &&
        'checkpoint' in value &&
        Object.getOwnPropertyNames(value).length === 2 &&
        Array.isArray(value.documents) &&
        value.documents.every(
          (unique_0, index) =>
            typeof unique_0 === 'object' &&
            unique_0 !== null &&
            !Array.isArray(unique_0) &&
            'id' in unique_0 &&
            'name' in unique_0 &&
            'email' in unique_0 &&
            'role' in unique_0 &&
            'territoryIds' in unique_0 &&
            'managerId' in unique_0 &&
            'active' in unique_0 &&
            'away' in unique_0 &&
            'updatedAt' in unique_0 &&
            '_deleted' in unique_0 &&
            Object.getOwnPropertyNames(unique_0).length === 10 &&
            typeof unique_0.id === 'string' &&
            (unique_0.id.length >= 2 ||
              (unique_0.id.length >= 1 && Guard.CodePointCount(unique_0.id) >= 1)) &&
            (unique_0.id.length <= 64 ||
              (unique_0.id.length <= 128 && Guard.CodePointCount(unique_0.id) <= 64)) &&
            External[0].test(unique_0.id) &&
            typeof unique_0.name === 'string' &&
            (unique_0.name.length >= 2 ||
              (unique_0.name.length >= 1 && Guard.CodePointCount(unique_0.name) >= 1)) &&
            (unique_0.name.length <= 200 ||
              (unique_0.name.length <= 400 && Guard.CodePointCount(unique_0.name) <= 200)) &&
            External[1].test(unique_0.name) &&
            typeof unique_0.email === 'string' &&
            (unique_0.email.length <= 254 ||
              (unique_0.email.length <= 508 && Guard.CodePointCount(unique_0.email) <= 254)) &&
            External[2].test(unique_0.email) &&
            typeof unique_0.role === 'string' &&
            (unique_0.role.length <= 16 ||
              (unique_0.role.length <= 32 && Guard.CodePointCount(unique_0.role) <= 16)) &&
            (unique_0.role === 'cam' ||
              unique_0.role === 'regional_manager' ||
              unique_0.role === 'director' ||
              unique_0.role === 'finance' ||
              unique_0.role === 'deal_desk') &&
            Array.isArray(unique_0.territoryIds) &&
            unique_0.territoryIds.every(
              (unique_1, index) =>
                typeof unique_1 === 'string' &&
                (unique_1.length >= 2 ||
                  (unique_1.length >= 1 && Guard.CodePointCount(unique_1) >= 1)) &&
                (unique_1.length <= 64 ||
                  (unique_1.length <= 128 && Guard.CodePointCount(unique_1) <= 64)) &&
                External[3].test(unique_1),
            ) &&
            unique_0.territoryIds.length <= 100 &&
            ((typeof unique_0.managerId === 'string' &&
              (unique_0.managerId.length >= 2 ||
                (unique_0.managerId.length >= 1 &&
                  Guard.CodePointCount(unique_0.managerId) >= 1)) &&
              (unique_0.managerId.length <= 64 ||
                (unique_0.managerId.length <= 128 &&
                  Guard.CodePointCount(unique_0.managerId) <= 64)) &&
              External[4].test(unique_0.managerId)) ||
              unique_0.managerId === null) &&
            typeof unique_0.active === 'boolean' &&
            ((typeof unique_0.away === 'object' &&
              unique_0.away !== null &&
              !Array.isArray(unique_0.away) &&
              'from' in unique_0.away &&
              'until' in unique_0.away &&
              'delegateId' in unique_0.away &&
              Object.getOwnPropertyNames(unique_0.away).length === 3 &&
              typeof unique_0.away.from === 'string' &&
              (unique_0.away.from.length >= 40 ||
                (unique_0.away.from.length >= 20 &&
                  Guard.CodePointCount(unique_0.away.from) >= 20)) &&
              (unique_0.away.from.length <= 30 ||
                (unique_0.away.from.length <= 60 &&
                  Guard.CodePointCount(unique_0.away.from) <= 30)) &&
              External[5].test(unique_0.away.from) &&
              typeof unique_0.away.until === 'string' &&
              (unique_0.away.until.length >= 40 ||
                (unique_0.away.until.length >= 20 &&
                  Guard.CodePointCount(unique_0.away.until) >= 20)) &&
              (unique_0.away.until.length <= 30 ||
                (unique_0.away.until.length <= 60 &&
                  Guard.CodePointCount(unique_0.away.until) <= 30)) &&
              External[6].test(unique_0.away.until) &&
              typeof unique_0.away.delegateId === 'string' &&
              (unique_0.away.delegateId.length >= 2 ||
                (unique_0.away.delegateId.length >= 1 &&
                  Guard.CodePointCount(unique_0.away.delegateId) >= 1)) &&
              (unique_0.away.delegateId.length <= 64 ||
                (unique_0.away.delegateId.length <= 128 &&
                  Guard.CodePointCount(unique_0.away.delegateId) <= 64)) &&
              External[7].test(unique_0.away.delegateId)) ||
              unique_0.away === null) &&
            typeof unique_0.updatedAt === 'string' &&
            (unique_0.updatedAt.length >= 40 ||
              (unique_0.updatedAt.length >= 20 &&
                Guard.CodePointCount(unique_0.updatedAt) >= 20)) &&
            (unique_0.updatedAt.length <= 30 ||
              (unique_0.updatedAt.length <= 60 &&
                Guard.CodePointCount(unique_0.updatedAt) <= 30)) &&
            External[8].test(unique_0.updatedAt) &&
            typeof unique_0._deleted === 'boolean',
        ) &&
        typeof value.checkpoint === 'object' &&
        value.checkpoint !== null &&
        !Array.isArray(value.checkpoint) &&
        'seq' in value.checkpoint &&
        Object.getOwnPropertyNames(value.checkpoint).every(
          (unique_2, unique_3) => External[9].test(unique_2) || false,
        ) &&
        Number.isInteger(value.checkpoint.seq) &&
        (!(Number.isFinite(value.checkpoint.seq) || typeof value.checkpoint.seq === 'bigint') ||
          (value.checkpoint.seq >= 0 && value.checkpoint.seq <= 999999999999999)) &&
        (value.checkpoint.scope === undefined ||
          !('scope' in value.checkpoint) ||
          (typeof value.checkpoint.scope === 'string' &&
            (value.checkpoint.scope.length <= 32 ||
              (value.checkpoint.scope.length <= 64 &&
                Guard.CodePointCount(value.checkpoint.scope) <= 32))));
      return function Check(value) {
        return check_0(value);
      };
    })(),
  ],
  [
    'programs',
    (() => {
      const External = [
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('(^seq$|^scope$)', 'u'),
      ];
      const check_0 = (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        'documents' in value &&
        'checkpoint' in value &&
        Object.getOwnPropertyNames(value).length === 2 &&
        Array.isArray(value.documents) &&
        value.documents.every(
          (unique_0, index) =>
            typeof unique_0 === 'object' &&
            unique_0 !== null &&
            !Array.isArray(unique_0) &&
            'id' in unique_0 &&
            'kind' in unique_0 &&
            'name' in unique_0 &&
            'validFrom' in unique_0 &&
            'validTo' in unique_0 &&
            'tiers' in unique_0 &&
            'spiff' in unique_0 &&
            'authority' in unique_0 &&
            'updatedAt' in unique_0 &&
            '_deleted' in unique_0 &&
            Object.getOwnPropertyNames(unique_0).length === 10 &&
            typeof unique_0.id === 'string' &&
            (unique_0.id.length >= 2 ||
              (unique_0.id.length >= 1 && Guard.CodePointCount(unique_0.id) >= 1)) &&
            (unique_0.id.length <= 64 ||
              (unique_0.id.length <= 128 && Guard.CodePointCount(unique_0.id) <= 64)) &&
            External[0].test(unique_0.id) &&
            typeof unique_0.kind === 'string' &&
            (unique_0.kind.length <= 18 ||
              (unique_0.kind.length <= 36 && Guard.CodePointCount(unique_0.kind) <= 18)) &&
            (unique_0.kind === 'tier_program' ||
              unique_0.kind === 'spiff' ||
              unique_0.kind === 'discount_authority') &&
            typeof unique_0.name === 'string' &&
            (unique_0.name.length >= 2 ||
              (unique_0.name.length >= 1 && Guard.CodePointCount(unique_0.name) >= 1)) &&
            (unique_0.name.length <= 200 ||
              (unique_0.name.length <= 400 && Guard.CodePointCount(unique_0.name) <= 200)) &&
            External[1].test(unique_0.name) &&
            typeof unique_0.validFrom === 'string' &&
            (unique_0.validFrom.length >= 20 ||
              (unique_0.validFrom.length >= 10 &&
                Guard.CodePointCount(unique_0.validFrom) >= 10)) &&
            (unique_0.validFrom.length <= 10 ||
              (unique_0.validFrom.length <= 20 &&
                Guard.CodePointCount(unique_0.validFrom) <= 10)) &&
            External[2].test(unique_0.validFrom) &&
            ((typeof unique_0.validTo === 'string' &&
              (unique_0.validTo.length >= 20 ||
                (unique_0.validTo.length >= 10 && Guard.CodePointCount(unique_0.validTo) >= 10)) &&
              (unique_0.validTo.length <= 10 ||
                (unique_0.validTo.length <= 20 && Guard.CodePointCount(unique_0.validTo) <= 10)) &&
              External[3].test(unique_0.validTo)) ||
              unique_0.validTo === null) &&
            Array.isArray(unique_0.tiers) &&
            unique_0.tiers.every(
              (unique_1, index) =>
                typeof unique_1 === 'object' &&
                unique_1 !== null &&
                !Array.isArray(unique_1) &&
                'tier' in unique_1 &&
                'minRevenue' in unique_1 &&
                'requiredCertifications' in unique_1 &&
                'maxDiscountPercent' in unique_1 &&
                Object.getOwnPropertyNames(unique_1).length === 4 &&
                typeof unique_1.tier === 'string' &&
                (unique_1.tier.length <= 10 ||
                  (unique_1.tier.length <= 20 && Guard.CodePointCount(unique_1.tier) <= 10)) &&
                (unique_1.tier === 'registered' ||
                  unique_1.tier === 'silver' ||
                  unique_1.tier === 'gold' ||
                  unique_1.tier === 'platinum') &&
                typeof unique_1.minRevenue === 'object' &&
                unique_1.minRevenue !== null &&
                !Array.isArray(unique_1.minRevenue) &&
                'amountMinor' in unique_1.minRevenue &&
                'currency' in unique_1.minRevenue &&
                Object.getOwnPropertyNames(unique_1.minRevenue).length === 2 &&
                Number.isInteger(unique_1.minRevenue.amountMinor) &&
                (!(
                  Number.isFinite(unique_1.minRevenue.amountMinor) ||
                  typeof unique_1.minRevenue.amountMinor === 'bigint'
                ) ||
                  (unique_1.minRevenue.amountMinor >= -1000000000000000 &&
                    unique_1.minRevenue.amountMinor <= 1000000000000000)) &&
                typeof unique_1.minRevenue.currency === 'string' &&
                (unique_1.minRevenue.currency.length >= 6 ||
                  (unique_1.minRevenue.currency.length >= 3 &&
                    Guard.CodePointCount(unique_1.minRevenue.currency) >= 3)) &&
                (unique_1.minRevenue.currency.length <= 3 ||
                  (unique_1.minRevenue.currency.length <= 6 &&
                    Guard.CodePointCount(unique_1.minRevenue.currency) <= 3)) &&
                External[4].test(unique_1.minRevenue.currency) &&
                Number.isInteger(unique_1.requiredCertifications) &&
                (!(
                  Number.isFinite(unique_1.requiredCertifications) ||
                  typeof unique_1.requiredCertifications === 'bigint'
                ) ||
                  (unique_1.requiredCertifications >= 0 &&
                    unique_1.requiredCertifications <= 100)) &&
                Number.isFinite(unique_1.maxDiscountPercent) &&
                unique_1.maxDiscountPercent >= 0 &&
                unique_1.maxDiscountPercent <= 100,
            ) &&
            unique_0.tiers.length <= 10 &&
            ((typeof unique_0.spiff === 'object' &&
              unique_0.spiff !== null &&
              !Array.isArray(unique_0.spiff) &&
              'productIds' in unique_0.spiff &&
              'amountPerUnit' in unique_0.spiff &&
              'maxUnitsPerRep' in unique_0.spiff &&
              Object.getOwnPropertyNames(unique_0.spiff).length === 3 &&
              Array.isArray(unique_0.spiff.productIds) &&
              unique_0.spiff.productIds.every(
                (unique_2, index) =>
                  typeof unique_2 === 'string' &&
                  (unique_2.length >= 2 ||
                    (unique_2.length >= 1 && Guard.CodePointCount(unique_2) >= 1)) &&
                  (unique_2.length <= 64 ||
                    (unique_2.length <= 128 && Guard.CodePointCount(unique_2) <= 64)) &&
                  External[5].test(unique_2),
              ) &&
              unique_0.spiff.productIds.length <= 200 &&
              typeof unique_0.spiff.amountPerUnit === 'object' &&
              unique_0.spiff.amountPerUnit !== null &&
              !Array.isArray(unique_0.spiff.amountPerUnit) &&
              'amountMinor' in unique_0.spiff.amountPerUnit &&
              'currency' in unique_0.spiff.amountPerUnit &&
              Object.getOwnPropertyNames(unique_0.spiff.amountPerUnit).length === 2 &&
              Number.isInteger(unique_0.spiff.amountPerUnit.amountMinor) &&
              (!(
                Number.isFinite(unique_0.spiff.amountPerUnit.amountMinor) ||
                typeof unique_0.spiff.amountPerUnit.amountMinor === 'bigint'
              ) ||
                (unique_0.spiff.amountPerUnit.amountMinor >= -1000000000000000 &&
                  unique_0.spiff.amountPerUnit.amountMinor <= 1000000000000000)) &&
              typeof unique_0.spiff.amountPerUnit.currency === 'string' &&
              (unique_0.spiff.amountPerUnit.currency.length >= 6 ||
                (unique_0.spiff.amountPerUnit.currency.length >= 3 &&
                  Guard.CodePointCount(unique_0.spiff.amountPerUnit.currency) >= 3)) &&
              (unique_0.spiff.amountPerUnit.currency.length <= 3 ||
                (unique_0.spiff.amountPerUnit.currency.length <= 6 &&
                  Guard.CodePointCount(unique_0.spiff.amountPerUnit.currency) <= 3)) &&
              External[6].test(unique_0.spiff.amountPerUnit.currency) &&
              Number.isInteger(unique_0.spiff.maxUnitsPerRep) &&
              (!(
                Number.isFinite(unique_0.spiff.maxUnitsPerRep) ||
                typeof unique_0.spiff.maxUnitsPerRep === 'bigint'
              ) ||
                unique_0.spiff.maxUnitsPerRep >= 1)) ||
              unique_0.spiff === null) &&
            Array.isArray(unique_0.authority) &&
            unique_0.authority.every(
              (unique_3, index) =>
                typeof unique_3 === 'object' &&
                unique_3 !== null &&
                !Array.isArray(unique_3) &&
                'role' in unique_3 &&
                'maxDiscountPercent' in unique_3 &&
                'maxAmount' in unique_3 &&
                Object.getOwnPropertyNames(unique_3).length === 3 &&
                typeof unique_3.role === 'string' &&
                (unique_3.role.length <= 16 ||
                  (unique_3.role.length <= 32 && Guard.CodePointCount(unique_3.role) <= 16)) &&
                (unique_3.role === 'cam' ||
                  unique_3.role === 'regional_manager' ||
                  unique_3.role === 'director' ||
                  unique_3.role === 'finance' ||
                  unique_3.role === 'deal_desk') &&
                Number.isFinite(unique_3.maxDiscountPercent) &&
                unique_3.maxDiscountPercent >= 0 &&
                unique_3.maxDiscountPercent <= 100 &&
                ((typeof unique_3.maxAmount === 'object' &&
                  unique_3.maxAmount !== null &&
                  !Array.isArray(unique_3.maxAmount) &&
                  'amountMinor' in unique_3.maxAmount &&
                  'currency' in unique_3.maxAmount &&
                  Object.getOwnPropertyNames(unique_3.maxAmount).length === 2 &&
                  Number.isInteger(unique_3.maxAmount.amountMinor) &&
                  (!(
                    Number.isFinite(unique_3.maxAmount.amountMinor) ||
                    typeof unique_3.maxAmount.amountMinor === 'bigint'
                  ) ||
                    (unique_3.maxAmount.amountMinor >= -1000000000000000 &&
                      unique_3.maxAmount.amountMinor <= 1000000000000000)) &&
                  typeof unique_3.maxAmount.currency === 'string' &&
                  (unique_3.maxAmount.currency.length >= 6 ||
                    (unique_3.maxAmount.currency.length >= 3 &&
                      Guard.CodePointCount(unique_3.maxAmount.currency) >= 3)) &&
                  (unique_3.maxAmount.currency.length <= 3 ||
                    (unique_3.maxAmount.currency.length <= 6 &&
                      Guard.CodePointCount(unique_3.maxAmount.currency) <= 3)) &&
                  External[7].test(unique_3.maxAmount.currency)) ||
                  unique_3.maxAmount === null),
            ) &&
            unique_0.authority.length <= 10 &&
            typeof unique_0.updatedAt === 'string' &&
            (unique_0.updatedAt.length >= 40 ||
              (unique_0.updatedAt.length >= 20 &&
                Guard.CodePointCount(unique_0.updatedAt) >= 20)) &&
            (unique_0.updatedAt.length <= 30 ||
              (unique_0.updatedAt.length <= 60 &&
                Guard.CodePointCount(unique_0.updatedAt) <= 30)) &&
            External[8].test(unique_0.updatedAt) &&
            typeof unique_0._deleted === 'boolean',
        ) &&
        typeof value.checkpoint === 'object' &&
        value.checkpoint !== null &&
        !Array.isArray(value.checkpoint) &&
        'seq' in value.checkpoint &&
        Object.getOwnPropertyNames(value.checkpoint).every(
          (unique_4, unique_5) => External[9].test(unique_4) || false,
        ) &&
        Number.isInteger(value.checkpoint.seq) &&
        (!(Number.isFinite(value.checkpoint.seq) || typeof value.checkpoint.seq === 'bigint') ||
          (value.checkpoint.seq >= 0 && value.checkpoint.seq <= 999999999999999)) &&
        (value.checkpoint.scope === undefined ||
          !('scope' in value.checkpoint) ||
          (typeof value.checkpoint.scope === 'string' &&
            (value.checkpoint.scope.length <= 32 ||
              (value.checkpoint.scope.length <= 64 &&
                Guard.CodePointCount(value.checkpoint.scope) <= 32))));
      return function Check(value) {
        return check_0(value);
      };
    })(),
  ],
  [
    'products',
    (() => {
      const External = [
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^[A-Z]{2}$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('(^seq$|^scope$)', 'u'),
      ];
      const check_0 = (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        'documents' in value &&
        'checkpoint' in value &&
        Object.getOwnPropertyNames(value).length === 2 &&
        Array.isArray(value.documents) &&
        value.documents.every(
          (unique_0, index) =>
            typeof unique_0 === 'object' &&
            unique_0 !== null &&
            !Array.isArray(unique_0) &&
            'id' in unique_0 &&
            'sku' in unique_0 &&
            'name' in unique_0 &&
            'family' in unique_0 &&
            'listPrice' in unique_0 &&
            'active' in unique_0 &&
            'prices' in unique_0 &&
            'updatedAt' in unique_0 &&
            '_deleted' in unique_0 &&
            Object.getOwnPropertyNames(unique_0).length === 9 &&
            typeof unique_0.id === 'string' &&
            (unique_0.id.length >= 2 ||
              (unique_0.id.length >= 1 && Guard.CodePointCount(unique_0.id) >= 1)) &&
            (unique_0.id.length <= 64 ||
              (unique_0.id.length <= 128 && Guard.CodePointCount(unique_0.id) <= 64)) &&
            External[0].test(unique_0.id) &&
            typeof unique_0.sku === 'string' &&
            (unique_0.sku.length >= 2 ||
              (unique_0.sku.length >= 1 && Guard.CodePointCount(unique_0.sku) >= 1)) &&
            (unique_0.sku.length <= 40 ||
              (unique_0.sku.length <= 80 && Guard.CodePointCount(unique_0.sku) <= 40)) &&
            typeof unique_0.name === 'string' &&
            (unique_0.name.length >= 2 ||
              (unique_0.name.length >= 1 && Guard.CodePointCount(unique_0.name) >= 1)) &&
            (unique_0.name.length <= 200 ||
              (unique_0.name.length <= 400 && Guard.CodePointCount(unique_0.name) <= 200)) &&
            External[1].test(unique_0.name) &&
            typeof unique_0.family === 'string' &&
            (unique_0.family.length <= 60 ||
              (unique_0.family.length <= 120 && Guard.CodePointCount(unique_0.family) <= 60)) &&
            typeof unique_0.listPrice === 'object' &&
            unique_0.listPrice !== null &&
            !Array.isArray(unique_0.listPrice) &&
            'amountMinor' in unique_0.listPrice &&
            'currency' in unique_0.listPrice &&
            Object.getOwnPropertyNames(unique_0.listPrice).length === 2 &&
            Number.isInteger(unique_0.listPrice.amountMinor) &&
            (!(
              Number.isFinite(unique_0.listPrice.amountMinor) ||
              typeof unique_0.listPrice.amountMinor === 'bigint'
            ) ||
              (unique_0.listPrice.amountMinor >= -1000000000000000 &&
                unique_0.listPrice.amountMinor <= 1000000000000000)) &&
            typeof unique_0.listPrice.currency === 'string' &&
            (unique_0.listPrice.currency.length >= 6 ||
              (unique_0.listPrice.currency.length >= 3 &&
                Guard.CodePointCount(unique_0.listPrice.currency) >= 3)) &&
            (unique_0.listPrice.currency.length <= 3 ||
              (unique_0.listPrice.currency.length <= 6 &&
                Guard.CodePointCount(unique_0.listPrice.currency) <= 3)) &&
            External[2].test(unique_0.listPrice.currency) &&
            typeof unique_0.active === 'boolean' &&
            Array.isArray(unique_0.prices) &&
            unique_0.prices.every(
              (unique_1, index) =>
                typeof unique_1 === 'object' &&
                unique_1 !== null &&
                !Array.isArray(unique_1) &&
                'country' in unique_1 &&
                'tier' in unique_1 &&
                'price' in unique_1 &&
                Object.getOwnPropertyNames(unique_1).length === 3 &&
                typeof unique_1.country === 'string' &&
                (unique_1.country.length >= 4 ||
                  (unique_1.country.length >= 2 && Guard.CodePointCount(unique_1.country) >= 2)) &&
                (unique_1.country.length <= 2 ||
                  (unique_1.country.length <= 4 && Guard.CodePointCount(unique_1.country) <= 2)) &&
                External[3].test(unique_1.country) &&
                typeof unique_1.tier === 'string' &&
                (unique_1.tier.length <= 10 ||
                  (unique_1.tier.length <= 20 && Guard.CodePointCount(unique_1.tier) <= 10)) &&
                (unique_1.tier === 'registered' ||
                  unique_1.tier === 'silver' ||
                  unique_1.tier === 'gold' ||
                  unique_1.tier === 'platinum') &&
                typeof unique_1.price === 'object' &&
                unique_1.price !== null &&
                !Array.isArray(unique_1.price) &&
                'amountMinor' in unique_1.price &&
                'currency' in unique_1.price &&
                Object.getOwnPropertyNames(unique_1.price).length === 2 &&
                Number.isInteger(unique_1.price.amountMinor) &&
                (!(
                  Number.isFinite(unique_1.price.amountMinor) ||
                  typeof unique_1.price.amountMinor === 'bigint'
                ) ||
                  (unique_1.price.amountMinor >= -1000000000000000 &&
                    unique_1.price.amountMinor <= 1000000000000000)) &&
                typeof unique_1.price.currency === 'string' &&
                (unique_1.price.currency.length >= 6 ||
                  (unique_1.price.currency.length >= 3 &&
                    Guard.CodePointCount(unique_1.price.currency) >= 3)) &&
                (unique_1.price.currency.length <= 3 ||
                  (unique_1.price.currency.length <= 6 &&
                    Guard.CodePointCount(unique_1.price.currency) <= 3)) &&
                External[4].test(unique_1.price.currency),
            ) &&
            unique_0.prices.length <= 400 &&
            typeof unique_0.updatedAt === 'string' &&
            (unique_0.updatedAt.length >= 40 ||
              (unique_0.updatedAt.length >= 20 &&
                Guard.CodePointCount(unique_0.updatedAt) >= 20)) &&
            (unique_0.updatedAt.length <= 30 ||
              (unique_0.updatedAt.length <= 60 &&
                Guard.CodePointCount(unique_0.updatedAt) <= 30)) &&
            External[5].test(unique_0.updatedAt) &&
            typeof unique_0._deleted === 'boolean',
        ) &&
        typeof value.checkpoint === 'object' &&
        value.checkpoint !== null &&
        !Array.isArray(value.checkpoint) &&
        'seq' in value.checkpoint &&
        Object.getOwnPropertyNames(value.checkpoint).every(
          (unique_2, unique_3) => External[6].test(unique_2) || false,
        ) &&
        Number.isInteger(value.checkpoint.seq) &&
        (!(Number.isFinite(value.checkpoint.seq) || typeof value.checkpoint.seq === 'bigint') ||
          (value.checkpoint.seq >= 0 && value.checkpoint.seq <= 999999999999999)) &&
        (value.checkpoint.scope === undefined ||
          !('scope' in value.checkpoint) ||
          (typeof value.checkpoint.scope === 'string' &&
            (value.checkpoint.scope.length <= 32 ||
              (value.checkpoint.scope.length <= 64 &&
                Guard.CodePointCount(value.checkpoint.scope) <= 32))));
      return function Check(value) {
        return check_0(value);
      };
    })(),
  ],
  [
    'partners',
    (() => {
      const External = [
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Z]{2}$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Z]{2}$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('(^seq$|^scope$)', 'u'),
      ];
      const check_0 = (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        'documents' in value &&
        'checkpoint' in value &&
        Object.getOwnPropertyNames(value).length === 2 &&
        Array.isArray(value.documents) &&
        value.documents.every(
          (unique_0, index) =>
            typeof unique_0 === 'object' &&
            unique_0 !== null &&
            !Array.isArray(unique_0) &&
            'id' in unique_0 &&
            'name' in unique_0 &&
            'type' in unique_0 &&
            'tier' in unique_0 &&
            'status' in unique_0 &&
            'territoryId' in unique_0 &&
            'region' in unique_0 &&
            'country' in unique_0 &&
            'city' in unique_0 &&
            'parentId' in unique_0 &&
            'accountOwnerId' in unique_0 &&
            'locations' in unique_0 &&
            'agreements' in unique_0 &&
            'onboarding' in unique_0 &&
            'businessPlans' in unique_0 &&
            'revenueYtd' in unique_0 &&
            'updatedAt' in unique_0 &&
            '_deleted' in unique_0 &&
            Object.getOwnPropertyNames(unique_0).length === 18 &&
            typeof unique_0.id === 'string' &&
            (unique_0.id.length >= 2 ||
              (unique_0.id.length >= 1 && Guard.CodePointCount(unique_0.id) >= 1)) &&
            (unique_0.id.length <= 64 ||
              (unique_0.id.length <= 128 && Guard.CodePointCount(unique_0.id) <= 64)) &&
            External[0].test(unique_0.id) &&
            typeof unique_0.name === 'string' &&
            (unique_0.name.length >= 2 ||
              (unique_0.name.length >= 1 && Guard.CodePointCount(unique_0.name) >= 1)) &&
            (unique_0.name.length <= 200 ||
              (unique_0.name.length <= 400 && Guard.CodePointCount(unique_0.name) <= 200)) &&
            External[1].test(unique_0.name) &&
            typeof unique_0.type === 'string' &&
            (unique_0.type.length <= 11 ||
              (unique_0.type.length <= 22 && Guard.CodePointCount(unique_0.type) <= 11)) &&
            (unique_0.type === 'reseller' ||
              unique_0.type === 'distributor' ||
              unique_0.type === 'msp' ||
              unique_0.type === 'referral') &&
            typeof unique_0.tier === 'string' &&
            (unique_0.tier.length <= 10 ||
              (unique_0.tier.length <= 20 && Guard.CodePointCount(unique_0.tier) <= 10)) &&
            (unique_0.tier === 'registered' ||
              unique_0.tier === 'silver' ||
              unique_0.tier === 'gold' ||
              unique_0.tier === 'platinum') &&
            typeof unique_0.status === 'string' &&
            (unique_0.status.length <= 10 ||
              (unique_0.status.length <= 20 && Guard.CodePointCount(unique_0.status) <= 10)) &&
            (unique_0.status === 'prospect' ||
              unique_0.status === 'onboarding' ||
              unique_0.status === 'active' ||
              unique_0.status === 'suspended' ||
              unique_0.status === 'terminated') &&
            typeof unique_0.territoryId === 'string' &&
            (unique_0.territoryId.length >= 2 ||
              (unique_0.territoryId.length >= 1 &&
                Guard.CodePointCount(unique_0.territoryId) >= 1)) &&
            (unique_0.territoryId.length <= 64 ||
              (unique_0.territoryId.length <= 128 &&
                Guard.CodePointCount(unique_0.territoryId) <= 64)) &&
            External[2].test(unique_0.territoryId) &&
            typeof unique_0.region === 'string' &&
            (unique_0.region.length <= 60 ||
              (unique_0.region.length <= 120 && Guard.CodePointCount(unique_0.region) <= 60)) &&
            typeof unique_0.country === 'string' &&
            (unique_0.country.length >= 4 ||
              (unique_0.country.length >= 2 && Guard.CodePointCount(unique_0.country) >= 2)) &&
            (unique_0.country.length <= 2 ||
              (unique_0.country.length <= 4 && Guard.CodePointCount(unique_0.country) <= 2)) &&
            External[3].test(unique_0.country) &&
            typeof unique_0.city === 'string' &&
            (unique_0.city.length <= 120 ||
              (unique_0.city.length <= 240 && Guard.CodePointCount(unique_0.city) <= 120)) &&
            ((typeof unique_0.parentId === 'string' &&
              (unique_0.parentId.length >= 2 ||
                (unique_0.parentId.length >= 1 && Guard.CodePointCount(unique_0.parentId) >= 1)) &&
              (unique_0.parentId.length <= 64 ||
                (unique_0.parentId.length <= 128 &&
                  Guard.CodePointCount(unique_0.parentId) <= 64)) &&
              External[4].test(unique_0.parentId)) ||
              unique_0.parentId === null) &&
            ((typeof unique_0.accountOwnerId === 'string' &&
              (unique_0.accountOwnerId.length >= 2 ||
                (unique_0.accountOwnerId.length >= 1 &&
                  Guard.CodePointCount(unique_0.accountOwnerId) >= 1)) &&
              (unique_0.accountOwnerId.length <= 64 ||
                (unique_0.accountOwnerId.length <= 128 &&
                  Guard.CodePointCount(unique_0.accountOwnerId) <= 64)) &&
              External[5].test(unique_0.accountOwnerId)) ||
              unique_0.accountOwnerId === null) &&
            Array.isArray(unique_0.locations) &&
            unique_0.locations.every(
              (unique_1, index) =>
                typeof unique_1 === 'object' &&
                unique_1 !== null &&
                !Array.isArray(unique_1) &&
                'city' in unique_1 &&
                'country' in unique_1 &&
                'headquarters' in unique_1 &&
                Object.getOwnPropertyNames(unique_1).length === 3 &&
                typeof unique_1.city === 'string' &&
                (unique_1.city.length <= 120 ||
                  (unique_1.city.length <= 240 && Guard.CodePointCount(unique_1.city) <= 120)) &&
                typeof unique_1.country === 'string' &&
                (unique_1.country.length >= 4 ||
                  (unique_1.country.length >= 2 && Guard.CodePointCount(unique_1.country) >= 2)) &&
                (unique_1.country.length <= 2 ||
                  (unique_1.country.length <= 4 && Guard.CodePointCount(unique_1.country) <= 2)) &&
                External[6].test(unique_1.country) &&
                typeof unique_1.headquarters === 'boolean',
            ) &&
            unique_0.locations.length <= 50 &&
            Array.isArray(unique_0.agreements) &&
            unique_0.agreements.every(
              (unique_2, index) =>
                typeof unique_2 === 'object' &&
                unique_2 !== null &&
                !Array.isArray(unique_2) &&
                'id' in unique_2 &&
                'kind' in unique_2 &&
                'signedOn' in unique_2 &&
                'expiresOn' in unique_2 &&
                Object.getOwnPropertyNames(unique_2).length === 4 &&
                typeof unique_2.id === 'string' &&
                (unique_2.id.length >= 2 ||
                  (unique_2.id.length >= 1 && Guard.CodePointCount(unique_2.id) >= 1)) &&
                (unique_2.id.length <= 64 ||
                  (unique_2.id.length <= 128 && Guard.CodePointCount(unique_2.id) <= 64)) &&
                External[7].test(unique_2.id) &&
                typeof unique_2.kind === 'string' &&
                (unique_2.kind.length <= 12 ||
                  (unique_2.kind.length <= 24 && Guard.CodePointCount(unique_2.kind) <= 12)) &&
                (unique_2.kind === 'reseller' ||
                  unique_2.kind === 'nda' ||
                  unique_2.kind === 'mdf_terms' ||
                  unique_2.kind === 'msp' ||
                  unique_2.kind === 'distribution') &&
                ((typeof unique_2.signedOn === 'string' &&
                  (unique_2.signedOn.length >= 20 ||
                    (unique_2.signedOn.length >= 10 &&
                      Guard.CodePointCount(unique_2.signedOn) >= 10)) &&
                  (unique_2.signedOn.length <= 10 ||
                    (unique_2.signedOn.length <= 20 &&
                      Guard.CodePointCount(unique_2.signedOn) <= 10)) &&
                  External[8].test(unique_2.signedOn)) ||
                  unique_2.signedOn === null) &&
                ((typeof unique_2.expiresOn === 'string' &&
                  (unique_2.expiresOn.length >= 20 ||
                    (unique_2.expiresOn.length >= 10 &&
                      Guard.CodePointCount(unique_2.expiresOn) >= 10)) &&
                  (unique_2.expiresOn.length <= 10 ||
                    (unique_2.expiresOn.length <= 20 &&
                      Guard.CodePointCount(unique_2.expiresOn) <= 10)) &&
                  External[9].test(unique_2.expiresOn)) ||
                  unique_2.expiresOn === null),
            ) &&
            unique_0.agreements.length <= 20 &&
            Array.isArray(unique_0.onboarding) &&
            unique_0.onboarding.every(
              (unique_3, index) =>
                typeof unique_3 === 'object' &&
                unique_3 !== null &&
                !Array.isArray(unique_3) &&
                'item' in unique_3 &&
                'doneAt' in unique_3 &&
                Object.getOwnPropertyNames(unique_3).length === 2 &&
                typeof unique_3.item === 'string' &&
                (unique_3.item.length <= 18 ||
                  (unique_3.item.length <= 36 && Guard.CodePointCount(unique_3.item) <= 18)) &&
                (unique_3.item === 'agreement_signed' ||
                  unique_3.item === 'nda_signed' ||
                  unique_3.item === 'sales_training' ||
                  unique_3.item === 'technical_training' ||
                  unique_3.item === 'portal_access') &&
                ((typeof unique_3.doneAt === 'string' &&
                  (unique_3.doneAt.length >= 40 ||
                    (unique_3.doneAt.length >= 20 &&
                      Guard.CodePointCount(unique_3.doneAt) >= 20)) &&
                  (unique_3.doneAt.length <= 30 ||
                    (unique_3.doneAt.length <= 60 &&
                      Guard.CodePointCount(unique_3.doneAt) <= 30)) &&
                  External[10].test(unique_3.doneAt)) ||
                  unique_3.doneAt === null),
            ) &&
            unique_0.onboarding.length <= 20 &&
            Array.isArray(unique_0.businessPlans) &&
            unique_0.businessPlans.every(
              (unique_4, index) =>
                typeof unique_4 === 'object' &&
                unique_4 !== null &&
                !Array.isArray(unique_4) &&
                'year' in unique_4 &&
                'currency' in unique_4 &&
                'quarters' in unique_4 &&
                Object.getOwnPropertyNames(unique_4).length === 3 &&
                Number.isInteger(unique_4.year) &&
                (!(Number.isFinite(unique_4.year) || typeof unique_4.year === 'bigint') ||
                  (unique_4.year >= 2000 && unique_4.year <= 2100)) &&
                typeof unique_4.currency === 'string' &&
                (unique_4.currency.length >= 6 ||
                  (unique_4.currency.length >= 3 &&
                    Guard.CodePointCount(unique_4.currency) >= 3)) &&
                (unique_4.currency.length <= 3 ||
                  (unique_4.currency.length <= 6 &&
                    Guard.CodePointCount(unique_4.currency) <= 3)) &&
                Array.isArray(unique_4.quarters) &&
                unique_4.quarters.every(
                  (unique_5, index) =>
                    typeof unique_5 === 'object' &&
                    unique_5 !== null &&
                    !Array.isArray(unique_5) &&
                    'quarter' in unique_5 &&
                    'goals' in unique_5 &&
                    Object.getOwnPropertyNames(unique_5).length === 2 &&
                    Number.isInteger(unique_5.quarter) &&
                    (!(Number.isFinite(unique_5.quarter) || typeof unique_5.quarter === 'bigint') ||
                      (unique_5.quarter >= 1 && unique_5.quarter <= 4)) &&
                    Array.isArray(unique_5.goals) &&
                    unique_5.goals.every(
                      (unique_6, index) =>
                        typeof unique_6 === 'object' &&
                        unique_6 !== null &&
                        !Array.isArray(unique_6) &&
                        'metric' in unique_6 &&
                        'target' in unique_6 &&
                        'actual' in unique_6 &&
                        Object.getOwnPropertyNames(unique_6).length === 3 &&
                        typeof unique_6.metric === 'string' &&
                        (unique_6.metric.length <= 14 ||
                          (unique_6.metric.length <= 28 &&
                            Guard.CodePointCount(unique_6.metric) <= 14)) &&
                        (unique_6.metric === 'revenue' ||
                          unique_6.metric === 'new_logos' ||
                          unique_6.metric === 'certifications' ||
                          unique_6.metric === 'pipeline') &&
                        Number.isFinite(unique_6.target) &&
                        unique_6.target >= 0 &&
                        Number.isFinite(unique_6.actual) &&
                        unique_6.actual >= 0,
                    ) &&
                    unique_5.goals.length <= 8,
                ) &&
                unique_4.quarters.length <= 4,
            ) &&
            unique_0.businessPlans.length <= 5 &&
            typeof unique_0.revenueYtd === 'object' &&
            unique_0.revenueYtd !== null &&
            !Array.isArray(unique_0.revenueYtd) &&
            'amountMinor' in unique_0.revenueYtd &&
            'currency' in unique_0.revenueYtd &&
            Object.getOwnPropertyNames(unique_0.revenueYtd).length === 2 &&
            Number.isInteger(unique_0.revenueYtd.amountMinor) &&
            (!(
              Number.isFinite(unique_0.revenueYtd.amountMinor) ||
              typeof unique_0.revenueYtd.amountMinor === 'bigint'
            ) ||
              (unique_0.revenueYtd.amountMinor >= -1000000000000000 &&
                unique_0.revenueYtd.amountMinor <= 1000000000000000)) &&
            typeof unique_0.revenueYtd.currency === 'string' &&
            (unique_0.revenueYtd.currency.length >= 6 ||
              (unique_0.revenueYtd.currency.length >= 3 &&
                Guard.CodePointCount(unique_0.revenueYtd.currency) >= 3)) &&
            (unique_0.revenueYtd.currency.length <= 3 ||
              (unique_0.revenueYtd.currency.length <= 6 &&
                Guard.CodePointCount(unique_0.revenueYtd.currency) <= 3)) &&
            External[11].test(unique_0.revenueYtd.currency) &&
            typeof unique_0.updatedAt === 'string' &&
            (unique_0.updatedAt.length >= 40 ||
              (unique_0.updatedAt.length >= 20 &&
                Guard.CodePointCount(unique_0.updatedAt) >= 20)) &&
            (unique_0.updatedAt.length <= 30 ||
              (unique_0.updatedAt.length <= 60 &&
                Guard.CodePointCount(unique_0.updatedAt) <= 30)) &&
            External[12].test(unique_0.updatedAt) &&
            typeof unique_0._deleted === 'boolean',
        ) &&
        typeof value.checkpoint === 'object' &&
        value.checkpoint !== null &&
        !Array.isArray(value.checkpoint) &&
        'seq' in value.checkpoint &&
        Object.getOwnPropertyNames(value.checkpoint).every(
          (unique_7, unique_8) => External[13].test(unique_7) || false,
        ) &&
        Number.isInteger(value.checkpoint.seq) &&
        (!(Number.isFinite(value.checkpoint.seq) || typeof value.checkpoint.seq === 'bigint') ||
          (value.checkpoint.seq >= 0 && value.checkpoint.seq <= 999999999999999)) &&
        (value.checkpoint.scope === undefined ||
          !('scope' in value.checkpoint) ||
          (typeof value.checkpoint.scope === 'string' &&
            (value.checkpoint.scope.length <= 32 ||
              (value.checkpoint.scope.length <= 64 &&
                Guard.CodePointCount(value.checkpoint.scope) <= 32))));
      return function Check(value) {
        return check_0(value);
      };
    })(),
  ],
  [
    'contacts',
    (() => {
      const External = [
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('(^seq$|^scope$)', 'u'),
      ];
      const check_0 = (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        'documents' in value &&
        'checkpoint' in value &&
        Object.getOwnPropertyNames(value).length === 2 &&
        Array.isArray(value.documents) &&
        value.documents.every(
          (unique_0, index) =>
            typeof unique_0 === 'object' &&
            unique_0 !== null &&
            !Array.isArray(unique_0) &&
            'id' in unique_0 &&
            'partnerId' in unique_0 &&
            'territoryId' in unique_0 &&
            'name' in unique_0 &&
            'email' in unique_0 &&
            'phone' in unique_0 &&
            'role' in unique_0 &&
            'isPrimary' in unique_0 &&
            'trainings' in unique_0 &&
            'certifications' in unique_0 &&
            'updatedAt' in unique_0 &&
            '_deleted' in unique_0 &&
            Object.getOwnPropertyNames(unique_0).length === 12 &&
            typeof unique_0.id === 'string' &&
            (unique_0.id.length >= 2 ||
              (unique_0.id.length >= 1 && Guard.CodePointCount(unique_0.id) >= 1)) &&
            (unique_0.id.length <= 64 ||
              (unique_0.id.length <= 128 && Guard.CodePointCount(unique_0.id) <= 64)) &&
            External[0].test(unique_0.id) &&
            typeof unique_0.partnerId === 'string' &&
            (unique_0.partnerId.length >= 2 ||
              (unique_0.partnerId.length >= 1 && Guard.CodePointCount(unique_0.partnerId) >= 1)) &&
            (unique_0.partnerId.length <= 64 ||
              (unique_0.partnerId.length <= 128 &&
                Guard.CodePointCount(unique_0.partnerId) <= 64)) &&
            External[1].test(unique_0.partnerId) &&
            typeof unique_0.territoryId === 'string' &&
            (unique_0.territoryId.length >= 2 ||
              (unique_0.territoryId.length >= 1 &&
                Guard.CodePointCount(unique_0.territoryId) >= 1)) &&
            (unique_0.territoryId.length <= 64 ||
              (unique_0.territoryId.length <= 128 &&
                Guard.CodePointCount(unique_0.territoryId) <= 64)) &&
            External[2].test(unique_0.territoryId) &&
            typeof unique_0.name === 'string' &&
            (unique_0.name.length >= 2 ||
              (unique_0.name.length >= 1 && Guard.CodePointCount(unique_0.name) >= 1)) &&
            (unique_0.name.length <= 200 ||
              (unique_0.name.length <= 400 && Guard.CodePointCount(unique_0.name) <= 200)) &&
            External[3].test(unique_0.name) &&
            typeof unique_0.email === 'string' &&
            (unique_0.email.length <= 254 ||
              (unique_0.email.length <= 508 && Guard.CodePointCount(unique_0.email) <= 254)) &&
            External[4].test(unique_0.email) &&
            typeof unique_0.phone === 'string' &&
            (unique_0.phone.length <= 40 ||
              (unique_0.phone.length <= 80 && Guard.CodePointCount(unique_0.phone) <= 40)) &&
            typeof unique_0.role === 'string' &&
            (unique_0.role.length <= 9 ||
              (unique_0.role.length <= 18 && Guard.CodePointCount(unique_0.role) <= 9)) &&
            (unique_0.role === 'executive' ||
              unique_0.role === 'sales' ||
              unique_0.role === 'presales' ||
              unique_0.role === 'marketing' ||
              unique_0.role === 'support') &&
            typeof unique_0.isPrimary === 'boolean' &&
            Array.isArray(unique_0.trainings) &&
            unique_0.trainings.every(
              (unique_1, index) =>
                typeof unique_1 === 'object' &&
                unique_1 !== null &&
                !Array.isArray(unique_1) &&
                'moduleId' in unique_1 &&
                'name' in unique_1 &&
                'completedAt' in unique_1 &&
                Object.getOwnPropertyNames(unique_1).length === 3 &&
                typeof unique_1.moduleId === 'string' &&
                (unique_1.moduleId.length >= 2 ||
                  (unique_1.moduleId.length >= 1 &&
                    Guard.CodePointCount(unique_1.moduleId) >= 1)) &&
                (unique_1.moduleId.length <= 64 ||
                  (unique_1.moduleId.length <= 128 &&
                    Guard.CodePointCount(unique_1.moduleId) <= 64)) &&
                External[5].test(unique_1.moduleId) &&
                typeof unique_1.name === 'string' &&
                (unique_1.name.length >= 2 ||
                  (unique_1.name.length >= 1 && Guard.CodePointCount(unique_1.name) >= 1)) &&
                (unique_1.name.length <= 200 ||
                  (unique_1.name.length <= 400 && Guard.CodePointCount(unique_1.name) <= 200)) &&
                External[6].test(unique_1.name) &&
                ((typeof unique_1.completedAt === 'string' &&
                  (unique_1.completedAt.length >= 40 ||
                    (unique_1.completedAt.length >= 20 &&
                      Guard.CodePointCount(unique_1.completedAt) >= 20)) &&
                  (unique_1.completedAt.length <= 30 ||
                    (unique_1.completedAt.length <= 60 &&
                      Guard.CodePointCount(unique_1.completedAt) <= 30)) &&
                  External[7].test(unique_1.completedAt)) ||
                  unique_1.completedAt === null),
            ) &&
            unique_0.trainings.length <= 50 &&
            Array.isArray(unique_0.certifications) &&
            unique_0.certifications.every(
              (unique_2, index) =>
                typeof unique_2 === 'object' &&
                unique_2 !== null &&
                !Array.isArray(unique_2) &&
                'name' in unique_2 &&
                'earnedAt' in unique_2 &&
                'expiresAt' in unique_2 &&
                Object.getOwnPropertyNames(unique_2).length === 3 &&
                typeof unique_2.name === 'string' &&
                (unique_2.name.length >= 2 ||
                  (unique_2.name.length >= 1 && Guard.CodePointCount(unique_2.name) >= 1)) &&
                (unique_2.name.length <= 200 ||
                  (unique_2.name.length <= 400 && Guard.CodePointCount(unique_2.name) <= 200)) &&
                External[8].test(unique_2.name) &&
                typeof unique_2.earnedAt === 'string' &&
                (unique_2.earnedAt.length >= 40 ||
                  (unique_2.earnedAt.length >= 20 &&
                    Guard.CodePointCount(unique_2.earnedAt) >= 20)) &&
                (unique_2.earnedAt.length <= 30 ||
                  (unique_2.earnedAt.length <= 60 &&
                    Guard.CodePointCount(unique_2.earnedAt) <= 30)) &&
                External[9].test(unique_2.earnedAt) &&
                ((typeof unique_2.expiresAt === 'string' &&
                  (unique_2.expiresAt.length >= 40 ||
                    (unique_2.expiresAt.length >= 20 &&
                      Guard.CodePointCount(unique_2.expiresAt) >= 20)) &&
                  (unique_2.expiresAt.length <= 30 ||
                    (unique_2.expiresAt.length <= 60 &&
                      Guard.CodePointCount(unique_2.expiresAt) <= 30)) &&
                  External[10].test(unique_2.expiresAt)) ||
                  unique_2.expiresAt === null),
            ) &&
            unique_0.certifications.length <= 30 &&
            typeof unique_0.updatedAt === 'string' &&
            (unique_0.updatedAt.length >= 40 ||
              (unique_0.updatedAt.length >= 20 &&
                Guard.CodePointCount(unique_0.updatedAt) >= 20)) &&
            (unique_0.updatedAt.length <= 30 ||
              (unique_0.updatedAt.length <= 60 &&
                Guard.CodePointCount(unique_0.updatedAt) <= 30)) &&
            External[11].test(unique_0.updatedAt) &&
            typeof unique_0._deleted === 'boolean',
        ) &&
        typeof value.checkpoint === 'object' &&
        value.checkpoint !== null &&
        !Array.isArray(value.checkpoint) &&
        'seq' in value.checkpoint &&
        Object.getOwnPropertyNames(value.checkpoint).every(
          (unique_3, unique_4) => External[12].test(unique_3) || false,
        ) &&
        Number.isInteger(value.checkpoint.seq) &&
        (!(Number.isFinite(value.checkpoint.seq) || typeof value.checkpoint.seq === 'bigint') ||
          (value.checkpoint.seq >= 0 && value.checkpoint.seq <= 999999999999999)) &&
        (value.checkpoint.scope === undefined ||
          !('scope' in value.checkpoint) ||
          (typeof value.checkpoint.scope === 'string' &&
            (value.checkpoint.scope.length <= 32 ||
              (value.checkpoint.scope.length <= 64 &&
                Guard.CodePointCount(value.checkpoint.scope) <= 32))));
      return function Check(value) {
        return check_0(value);
      };
    })(),
  ],
  [
    'deals',
    (() => {
      const External = [
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$', 'u'),
        new RegExp('^[A-Z]{2}$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^SPA-\\d{4}-[0-9A-Z]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('(^seq$|^scope$)', 'u'),
      ];
      const check_0 = (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        'documents' in value &&
        'checkpoint' in value &&
        Object.getOwnPropertyNames(value).length === 2 &&
        Array.isArray(value.documents) &&
        value.documents.every(
          (unique_0, index) =>
            typeof unique_0 === 'object' &&
            unique_0 !== null &&
            !Array.isArray(unique_0) &&
            'id' in unique_0 &&
            'partnerId' in unique_0 &&
            'territoryId' in unique_0 &&
            'endCustomer' in unique_0 &&
            'lines' in unique_0 &&
            'amount' in unique_0 &&
            'stage' in unique_0 &&
            'registrationStatus' in unique_0 &&
            'rejectionReason' in unique_0 &&
            'registeredAt' in unique_0 &&
            'protectionExpiresAt' in unique_0 &&
            'expectedCloseAt' in unique_0 &&
            'crmOpportunityId' in unique_0 &&
            'conflictsWith' in unique_0 &&
            'specialPricing' in unique_0 &&
            'updatedAt' in unique_0 &&
            '_deleted' in unique_0 &&
            Object.getOwnPropertyNames(unique_0).length === 17 &&
            typeof unique_0.id === 'string' &&
            (unique_0.id.length >= 2 ||
              (unique_0.id.length >= 1 && Guard.CodePointCount(unique_0.id) >= 1)) &&
            (unique_0.id.length <= 64 ||
              (unique_0.id.length <= 128 && Guard.CodePointCount(unique_0.id) <= 64)) &&
            External[0].test(unique_0.id) &&
            typeof unique_0.partnerId === 'string' &&
            (unique_0.partnerId.length >= 2 ||
              (unique_0.partnerId.length >= 1 && Guard.CodePointCount(unique_0.partnerId) >= 1)) &&
            (unique_0.partnerId.length <= 64 ||
              (unique_0.partnerId.length <= 128 &&
                Guard.CodePointCount(unique_0.partnerId) <= 64)) &&
            External[1].test(unique_0.partnerId) &&
            typeof unique_0.territoryId === 'string' &&
            (unique_0.territoryId.length >= 2 ||
              (unique_0.territoryId.length >= 1 &&
                Guard.CodePointCount(unique_0.territoryId) >= 1)) &&
            (unique_0.territoryId.length <= 64 ||
              (unique_0.territoryId.length <= 128 &&
                Guard.CodePointCount(unique_0.territoryId) <= 64)) &&
            External[2].test(unique_0.territoryId) &&
            typeof unique_0.endCustomer === 'object' &&
            unique_0.endCustomer !== null &&
            !Array.isArray(unique_0.endCustomer) &&
            'name' in unique_0.endCustomer &&
            'domain' in unique_0.endCustomer &&
            'country' in unique_0.endCustomer &&
            Object.getOwnPropertyNames(unique_0.endCustomer).length === 3 &&
            typeof unique_0.endCustomer.name === 'string' &&
            (unique_0.endCustomer.name.length >= 2 ||
              (unique_0.endCustomer.name.length >= 1 &&
                Guard.CodePointCount(unique_0.endCustomer.name) >= 1)) &&
            (unique_0.endCustomer.name.length <= 200 ||
              (unique_0.endCustomer.name.length <= 400 &&
                Guard.CodePointCount(unique_0.endCustomer.name) <= 200)) &&
            External[3].test(unique_0.endCustomer.name) &&
            typeof unique_0.endCustomer.domain === 'string' &&
            (unique_0.endCustomer.domain.length <= 253 ||
              (unique_0.endCustomer.domain.length <= 506 &&
                Guard.CodePointCount(unique_0.endCustomer.domain) <= 253)) &&
            External[4].test(unique_0.endCustomer.domain) &&
            typeof unique_0.endCustomer.country === 'string' &&
            (unique_0.endCustomer.country.length >= 4 ||
              (unique_0.endCustomer.country.length >= 2 &&
                Guard.CodePointCount(unique_0.endCustomer.country) >= 2)) &&
            (unique_0.endCustomer.country.length <= 2 ||
              (unique_0.endCustomer.country.length <= 4 &&
                Guard.CodePointCount(unique_0.endCustomer.country) <= 2)) &&
            External[5].test(unique_0.endCustomer.country) &&
            Array.isArray(unique_0.lines) &&
            unique_0.lines.every(
              (unique_1, index) =>
                typeof unique_1 === 'object' &&
                unique_1 !== null &&
                !Array.isArray(unique_1) &&
                'productId' in unique_1 &&
                'quantity' in unique_1 &&
                'unitPrice' in unique_1 &&
                Object.getOwnPropertyNames(unique_1).length === 3 &&
                typeof unique_1.productId === 'string' &&
                (unique_1.productId.length >= 2 ||
                  (unique_1.productId.length >= 1 &&
                    Guard.CodePointCount(unique_1.productId) >= 1)) &&
                (unique_1.productId.length <= 64 ||
                  (unique_1.productId.length <= 128 &&
                    Guard.CodePointCount(unique_1.productId) <= 64)) &&
                External[6].test(unique_1.productId) &&
                Number.isInteger(unique_1.quantity) &&
                (!(Number.isFinite(unique_1.quantity) || typeof unique_1.quantity === 'bigint') ||
                  (unique_1.quantity >= 1 && unique_1.quantity <= 1000000)) &&
                typeof unique_1.unitPrice === 'object' &&
                unique_1.unitPrice !== null &&
                !Array.isArray(unique_1.unitPrice) &&
                'amountMinor' in unique_1.unitPrice &&
                'currency' in unique_1.unitPrice &&
                Object.getOwnPropertyNames(unique_1.unitPrice).length === 2 &&
                Number.isInteger(unique_1.unitPrice.amountMinor) &&
                (!(
                  Number.isFinite(unique_1.unitPrice.amountMinor) ||
                  typeof unique_1.unitPrice.amountMinor === 'bigint'
                ) ||
                  (unique_1.unitPrice.amountMinor >= -1000000000000000 &&
                    unique_1.unitPrice.amountMinor <= 1000000000000000)) &&
                typeof unique_1.unitPrice.currency === 'string' &&
                (unique_1.unitPrice.currency.length >= 6 ||
                  (unique_1.unitPrice.currency.length >= 3 &&
                    Guard.CodePointCount(unique_1.unitPrice.currency) >= 3)) &&
                (unique_1.unitPrice.currency.length <= 3 ||
                  (unique_1.unitPrice.currency.length <= 6 &&
                    Guard.CodePointCount(unique_1.unitPrice.currency) <= 3)) &&
                External[7].test(unique_1.unitPrice.currency),
            ) &&
            unique_0.lines.length >= 1 &&
            unique_0.lines.length <= 50 &&
            typeof unique_0.amount === 'object' &&
            unique_0.amount !== null &&
            !Array.isArray(unique_0.amount) &&
            'amountMinor' in unique_0.amount &&
            'currency' in unique_0.amount &&
            Object.getOwnPropertyNames(unique_0.amount).length === 2 &&
            Number.isInteger(unique_0.amount.amountMinor) &&
            (!(
              Number.isFinite(unique_0.amount.amountMinor) ||
              typeof unique_0.amount.amountMinor === 'bigint'
            ) ||
              (unique_0.amount.amountMinor >= -1000000000000000 &&
                unique_0.amount.amountMinor <= 1000000000000000)) &&
            typeof unique_0.amount.currency === 'string' &&
            (unique_0.amount.currency.length >= 6 ||
              (unique_0.amount.currency.length >= 3 &&
                Guard.CodePointCount(unique_0.amount.currency) >= 3)) &&
            (unique_0.amount.currency.length <= 3 ||
              (unique_0.amount.currency.length <= 6 &&
                Guard.CodePointCount(unique_0.amount.currency) <= 3)) &&
            External[8].test(unique_0.amount.currency) &&
            typeof unique_0.stage === 'string' &&
            (unique_0.stage.length <= 13 ||
              (unique_0.stage.length <= 26 && Guard.CodePointCount(unique_0.stage) <= 13)) &&
            (unique_0.stage === 'prospecting' ||
              unique_0.stage === 'qualification' ||
              unique_0.stage === 'proposal' ||
              unique_0.stage === 'negotiation' ||
              unique_0.stage === 'closed_won' ||
              unique_0.stage === 'closed_lost') &&
            typeof unique_0.registrationStatus === 'string' &&
            (unique_0.registrationStatus.length <= 16 ||
              (unique_0.registrationStatus.length <= 32 &&
                Guard.CodePointCount(unique_0.registrationStatus) <= 16)) &&
            (unique_0.registrationStatus === 'draft' ||
              unique_0.registrationStatus === 'submitted' ||
              unique_0.registrationStatus === 'under_review' ||
              unique_0.registrationStatus === 'info_requested' ||
              unique_0.registrationStatus === 'pending_approval' ||
              unique_0.registrationStatus === 'approved' ||
              unique_0.registrationStatus === 'rejected' ||
              unique_0.registrationStatus === 'withdrawn' ||
              unique_0.registrationStatus === 'expired') &&
            ((typeof unique_0.rejectionReason === 'string' &&
              (unique_0.rejectionReason.length <= 16 ||
                (unique_0.rejectionReason.length <= 32 &&
                  Guard.CodePointCount(unique_0.rejectionReason) <= 16)) &&
              (unique_0.rejectionReason === 'duplicate' ||
                unique_0.rejectionReason === 'direct_engaged' ||
                unique_0.rejectionReason === 'not_qualified' ||
                unique_0.rejectionReason === 'channel_conflict' ||
                unique_0.rejectionReason === 'other')) ||
              unique_0.rejectionReason === null) &&
            typeof unique_0.registeredAt === 'string' &&
            (unique_0.registeredAt.length >= 40 ||
              (unique_0.registeredAt.length >= 20 &&
                Guard.CodePointCount(unique_0.registeredAt) >= 20)) &&
            (unique_0.registeredAt.length <= 30 ||
              (unique_0.registeredAt.length <= 60 &&
                Guard.CodePointCount(unique_0.registeredAt) <= 30)) &&
            External[9].test(unique_0.registeredAt) &&
            ((typeof unique_0.protectionExpiresAt === 'string' &&
              (unique_0.protectionExpiresAt.length >= 40 ||
                (unique_0.protectionExpiresAt.length >= 20 &&
                  Guard.CodePointCount(unique_0.protectionExpiresAt) >= 20)) &&
              (unique_0.protectionExpiresAt.length <= 30 ||
                (unique_0.protectionExpiresAt.length <= 60 &&
                  Guard.CodePointCount(unique_0.protectionExpiresAt) <= 30)) &&
              External[10].test(unique_0.protectionExpiresAt)) ||
              unique_0.protectionExpiresAt === null) &&
            typeof unique_0.expectedCloseAt === 'string' &&
            (unique_0.expectedCloseAt.length >= 40 ||
              (unique_0.expectedCloseAt.length >= 20 &&
                Guard.CodePointCount(unique_0.expectedCloseAt) >= 20)) &&
            (unique_0.expectedCloseAt.length <= 30 ||
              (unique_0.expectedCloseAt.length <= 60 &&
                Guard.CodePointCount(unique_0.expectedCloseAt) <= 30)) &&
            External[11].test(unique_0.expectedCloseAt) &&
            ((typeof unique_0.crmOpportunityId === 'string' &&
              (unique_0.crmOpportunityId.length <= 64 ||
                (unique_0.crmOpportunityId.length <= 128 &&
                  Guard.CodePointCount(unique_0.crmOpportunityId) <= 64))) ||
              unique_0.crmOpportunityId === null) &&
            Array.isArray(unique_0.conflictsWith) &&
            unique_0.conflictsWith.every(
              (unique_2, index) =>
                typeof unique_2 === 'string' &&
                (unique_2.length >= 2 ||
                  (unique_2.length >= 1 && Guard.CodePointCount(unique_2) >= 1)) &&
                (unique_2.length <= 64 ||
                  (unique_2.length <= 128 && Guard.CodePointCount(unique_2) <= 64)) &&
                External[12].test(unique_2),
            ) &&
            unique_0.conflictsWith.length <= 10 &&
            ((typeof unique_0.specialPricing === 'object' &&
              unique_0.specialPricing !== null &&
              !Array.isArray(unique_0.specialPricing) &&
              'authorizationId' in unique_0.specialPricing &&
              'requestId' in unique_0.specialPricing &&
              'discountPercent' in unique_0.specialPricing &&
              'approvedAt' in unique_0.specialPricing &&
              Object.getOwnPropertyNames(unique_0.specialPricing).length === 4 &&
              typeof unique_0.specialPricing.authorizationId === 'string' &&
              (unique_0.specialPricing.authorizationId.length >= 20 ||
                (unique_0.specialPricing.authorizationId.length >= 10 &&
                  Guard.CodePointCount(unique_0.specialPricing.authorizationId) >= 10)) &&
              (unique_0.specialPricing.authorizationId.length <= 32 ||
                (unique_0.specialPricing.authorizationId.length <= 64 &&
                  Guard.CodePointCount(unique_0.specialPricing.authorizationId) <= 32)) &&
              External[13].test(unique_0.specialPricing.authorizationId) &&
              typeof unique_0.specialPricing.requestId === 'string' &&
              (unique_0.specialPricing.requestId.length >= 2 ||
                (unique_0.specialPricing.requestId.length >= 1 &&
                  Guard.CodePointCount(unique_0.specialPricing.requestId) >= 1)) &&
              (unique_0.specialPricing.requestId.length <= 64 ||
                (unique_0.specialPricing.requestId.length <= 128 &&
                  Guard.CodePointCount(unique_0.specialPricing.requestId) <= 64)) &&
              External[14].test(unique_0.specialPricing.requestId) &&
              Number.isFinite(unique_0.specialPricing.discountPercent) &&
              unique_0.specialPricing.discountPercent >= 0 &&
              unique_0.specialPricing.discountPercent <= 100 &&
              typeof unique_0.specialPricing.approvedAt === 'string' &&
              (unique_0.specialPricing.approvedAt.length >= 40 ||
                (unique_0.specialPricing.approvedAt.length >= 20 &&
                  Guard.CodePointCount(unique_0.specialPricing.approvedAt) >= 20)) &&
              (unique_0.specialPricing.approvedAt.length <= 30 ||
                (unique_0.specialPricing.approvedAt.length <= 60 &&
                  Guard.CodePointCount(unique_0.specialPricing.approvedAt) <= 30)) &&
              External[15].test(unique_0.specialPricing.approvedAt)) ||
              unique_0.specialPricing === null) &&
            typeof unique_0.updatedAt === 'string' &&
            (unique_0.updatedAt.length >= 40 ||
              (unique_0.updatedAt.length >= 20 &&
                Guard.CodePointCount(unique_0.updatedAt) >= 20)) &&
            (unique_0.updatedAt.length <= 30 ||
              (unique_0.updatedAt.length <= 60 &&
                Guard.CodePointCount(unique_0.updatedAt) <= 30)) &&
            External[16].test(unique_0.updatedAt) &&
            typeof unique_0._deleted === 'boolean',
        ) &&
        typeof value.checkpoint === 'object' &&
        value.checkpoint !== null &&
        !Array.isArray(value.checkpoint) &&
        'seq' in value.checkpoint &&
        Object.getOwnPropertyNames(value.checkpoint).every(
          (unique_3, unique_4) => External[17].test(unique_3) || false,
        ) &&
        Number.isInteger(value.checkpoint.seq) &&
        (!(Number.isFinite(value.checkpoint.seq) || typeof value.checkpoint.seq === 'bigint') ||
          (value.checkpoint.seq >= 0 && value.checkpoint.seq <= 999999999999999)) &&
        (value.checkpoint.scope === undefined ||
          !('scope' in value.checkpoint) ||
          (typeof value.checkpoint.scope === 'string' &&
            (value.checkpoint.scope.length <= 32 ||
              (value.checkpoint.scope.length <= 64 &&
                Guard.CodePointCount(value.checkpoint.scope) <= 32))));
      return function Check(value) {
        return check_0(value);
      };
    })(),
  ],
  [
    'requests',
    (() => {
      const External = [
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[a-z0-9][a-z0-9-]*$', 'u'),
        new RegExp('^[A-Za-z0-9_.:/-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^[a-z]+\\/[a-z0-9.+-]+$', 'u'),
        new RegExp('^[0-9a-f]{64}$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp(
          "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$",
          'u',
        ),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('(^seq$|^scope$)', 'u'),
      ];
      const check_0 = (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        'documents' in value &&
        'checkpoint' in value &&
        Object.getOwnPropertyNames(value).length === 2 &&
        Array.isArray(value.documents) &&
        value.documents.every(
          (unique_0, index) =>
            typeof unique_0 === 'object' &&
            unique_0 !== null &&
            !Array.isArray(unique_0) &&
            'id' in unique_0 &&
            'type' in unique_0 &&
            'partnerId' in unique_0 &&
            'territoryId' in unique_0 &&
            'subjectId' in unique_0 &&
            'title' in unique_0 &&
            'amount' in unique_0 &&
            'discountPercent' in unique_0 &&
            'status' in unique_0 &&
            'currentStep' in unique_0 &&
            'steps' in unique_0 &&
            'slaHours' in unique_0 &&
            'submittedAt' in unique_0 &&
            'dueAt' in unique_0 &&
            'history' in unique_0 &&
            'workflow' in unique_0 &&
            'intake' in unique_0 &&
            'relatedRequestId' in unique_0 &&
            'attachments' in unique_0 &&
            'approvedAmount' in unique_0 &&
            'payment' in unique_0 &&
            'payee' in unique_0 &&
            'updatedAt' in unique_0 &&
            '_deleted' in unique_0 &&
            Object.getOwnPropertyNames(unique_0).length === 24 &&
            typeof unique_0.id === 'string' &&
            (unique_0.id.length >= 2 ||
              (unique_0.id.length >= 1 && Guard.CodePointCount(unique_0.id) >= 1)) &&
            (unique_0.id.length <= 64 ||
              (unique_0.id.length <= 128 && Guard.CodePointCount(unique_0.id) <= 64)) &&
            External[0].test(unique_0.id) &&
            typeof unique_0.type === 'string' &&
            (unique_0.type.length <= 18 ||
              (unique_0.type.length <= 36 && Guard.CodePointCount(unique_0.type) <= 18)) &&
            (unique_0.type === 'deal_registration' ||
              unique_0.type === 'special_pricing' ||
              unique_0.type === 'mdf_preapproval' ||
              unique_0.type === 'mdf_claim' ||
              unique_0.type === 'spiff_claim' ||
              unique_0.type === 'partner_onboarding') &&
            typeof unique_0.partnerId === 'string' &&
            (unique_0.partnerId.length >= 2 ||
              (unique_0.partnerId.length >= 1 && Guard.CodePointCount(unique_0.partnerId) >= 1)) &&
            (unique_0.partnerId.length <= 64 ||
              (unique_0.partnerId.length <= 128 &&
                Guard.CodePointCount(unique_0.partnerId) <= 64)) &&
            External[1].test(unique_0.partnerId) &&
            typeof unique_0.territoryId === 'string' &&
            (unique_0.territoryId.length >= 2 ||
              (unique_0.territoryId.length >= 1 &&
                Guard.CodePointCount(unique_0.territoryId) >= 1)) &&
            (unique_0.territoryId.length <= 64 ||
              (unique_0.territoryId.length <= 128 &&
                Guard.CodePointCount(unique_0.territoryId) <= 64)) &&
            External[2].test(unique_0.territoryId) &&
            typeof unique_0.subjectId === 'string' &&
            (unique_0.subjectId.length >= 2 ||
              (unique_0.subjectId.length >= 1 && Guard.CodePointCount(unique_0.subjectId) >= 1)) &&
            (unique_0.subjectId.length <= 64 ||
              (unique_0.subjectId.length <= 128 &&
                Guard.CodePointCount(unique_0.subjectId) <= 64)) &&
            External[3].test(unique_0.subjectId) &&
            typeof unique_0.title === 'string' &&
            (unique_0.title.length >= 2 ||
              (unique_0.title.length >= 1 && Guard.CodePointCount(unique_0.title) >= 1)) &&
            (unique_0.title.length <= 200 ||
              (unique_0.title.length <= 400 && Guard.CodePointCount(unique_0.title) <= 200)) &&
            External[4].test(unique_0.title) &&
            ((typeof unique_0.amount === 'object' &&
              unique_0.amount !== null &&
              !Array.isArray(unique_0.amount) &&
              'amountMinor' in unique_0.amount &&
              'currency' in unique_0.amount &&
              Object.getOwnPropertyNames(unique_0.amount).length === 2 &&
              Number.isInteger(unique_0.amount.amountMinor) &&
              (!(
                Number.isFinite(unique_0.amount.amountMinor) ||
                typeof unique_0.amount.amountMinor === 'bigint'
              ) ||
                (unique_0.amount.amountMinor >= -1000000000000000 &&
                  unique_0.amount.amountMinor <= 1000000000000000)) &&
              typeof unique_0.amount.currency === 'string' &&
              (unique_0.amount.currency.length >= 6 ||
                (unique_0.amount.currency.length >= 3 &&
                  Guard.CodePointCount(unique_0.amount.currency) >= 3)) &&
              (unique_0.amount.currency.length <= 3 ||
                (unique_0.amount.currency.length <= 6 &&
                  Guard.CodePointCount(unique_0.amount.currency) <= 3)) &&
              External[5].test(unique_0.amount.currency)) ||
              unique_0.amount === null) &&
            ((Number.isFinite(unique_0.discountPercent) &&
              unique_0.discountPercent >= 0 &&
              unique_0.discountPercent <= 100) ||
              unique_0.discountPercent === null) &&
            typeof unique_0.status === 'string' &&
            (unique_0.status.length <= 16 ||
              (unique_0.status.length <= 32 && Guard.CodePointCount(unique_0.status) <= 16)) &&
            (unique_0.status === 'submitted' ||
              unique_0.status === 'under_review' ||
              unique_0.status === 'info_requested' ||
              unique_0.status === 'pending_approval' ||
              unique_0.status === 'approved' ||
              unique_0.status === 'rejected' ||
              unique_0.status === 'withdrawn' ||
              unique_0.status === 'expired') &&
            Number.isInteger(unique_0.currentStep) &&
            (!(Number.isFinite(unique_0.currentStep) || typeof unique_0.currentStep === 'bigint') ||
              (unique_0.currentStep >= 0 &&
                unique_0.currentStep <= 20 &&
                Guard.IsMultipleOf(unique_0.currentStep, 1))) &&
            Array.isArray(unique_0.steps) &&
            unique_0.steps.every(
              (unique_1, index) =>
                typeof unique_1 === 'object' &&
                unique_1 !== null &&
                !Array.isArray(unique_1) &&
                'index' in unique_1 &&
                'role' in unique_1 &&
                'assigneeId' in unique_1 &&
                'status' in unique_1 &&
                'dueAt' in unique_1 &&
                'decidedAt' in unique_1 &&
                'decidedBy' in unique_1 &&
                'decisionId' in unique_1 &&
                Object.getOwnPropertyNames(unique_1).length === 8 &&
                Number.isInteger(unique_1.index) &&
                (!(Number.isFinite(unique_1.index) || typeof unique_1.index === 'bigint') ||
                  (unique_1.index >= 0 && unique_1.index <= 20)) &&
                typeof unique_1.role === 'string' &&
                (unique_1.role.length <= 16 ||
                  (unique_1.role.length <= 32 && Guard.CodePointCount(unique_1.role) <= 16)) &&
                (unique_1.role === 'cam' ||
                  unique_1.role === 'regional_manager' ||
                  unique_1.role === 'director' ||
                  unique_1.role === 'finance' ||
                  unique_1.role === 'deal_desk') &&
                ((typeof unique_1.assigneeId === 'string' &&
                  (unique_1.assigneeId.length >= 2 ||
                    (unique_1.assigneeId.length >= 1 &&
                      Guard.CodePointCount(unique_1.assigneeId) >= 1)) &&
                  (unique_1.assigneeId.length <= 64 ||
                    (unique_1.assigneeId.length <= 128 &&
                      Guard.CodePointCount(unique_1.assigneeId) <= 64)) &&
                  External[6].test(unique_1.assigneeId)) ||
                  unique_1.assigneeId === null) &&
                typeof unique_1.status === 'string' &&
                (unique_1.status.length <= 8 ||
                  (unique_1.status.length <= 16 && Guard.CodePointCount(unique_1.status) <= 8)) &&
                (unique_1.status === 'waiting' ||
                  unique_1.status === 'pending' ||
                  unique_1.status === 'approved' ||
                  unique_1.status === 'rejected' ||
                  unique_1.status === 'returned' ||
                  unique_1.status === 'skipped') &&
                ((typeof unique_1.dueAt === 'string' &&
                  (unique_1.dueAt.length >= 40 ||
                    (unique_1.dueAt.length >= 20 && Guard.CodePointCount(unique_1.dueAt) >= 20)) &&
                  (unique_1.dueAt.length <= 30 ||
                    (unique_1.dueAt.length <= 60 && Guard.CodePointCount(unique_1.dueAt) <= 30)) &&
                  External[7].test(unique_1.dueAt)) ||
                  unique_1.dueAt === null) &&
                ((typeof unique_1.decidedAt === 'string' &&
                  (unique_1.decidedAt.length >= 40 ||
                    (unique_1.decidedAt.length >= 20 &&
                      Guard.CodePointCount(unique_1.decidedAt) >= 20)) &&
                  (unique_1.decidedAt.length <= 30 ||
                    (unique_1.decidedAt.length <= 60 &&
                      Guard.CodePointCount(unique_1.decidedAt) <= 30)) &&
                  External[8].test(unique_1.decidedAt)) ||
                  unique_1.decidedAt === null) &&
                ((typeof unique_1.decidedBy === 'string' &&
                  (unique_1.decidedBy.length >= 2 ||
                    (unique_1.decidedBy.length >= 1 &&
                      Guard.CodePointCount(unique_1.decidedBy) >= 1)) &&
                  (unique_1.decidedBy.length <= 64 ||
                    (unique_1.decidedBy.length <= 128 &&
                      Guard.CodePointCount(unique_1.decidedBy) <= 64)) &&
                  External[9].test(unique_1.decidedBy)) ||
                  unique_1.decidedBy === null) &&
                ((typeof unique_1.decisionId === 'string' &&
                  (unique_1.decisionId.length >= 2 ||
                    (unique_1.decisionId.length >= 1 &&
                      Guard.CodePointCount(unique_1.decisionId) >= 1)) &&
                  (unique_1.decisionId.length <= 64 ||
                    (unique_1.decisionId.length <= 128 &&
                      Guard.CodePointCount(unique_1.decisionId) <= 64)) &&
                  External[10].test(unique_1.decisionId)) ||
                  unique_1.decisionId === null),
            ) &&
            unique_0.steps.length >= 1 &&
            unique_0.steps.length <= 20 &&
            Number.isInteger(unique_0.slaHours) &&
            (!(Number.isFinite(unique_0.slaHours) || typeof unique_0.slaHours === 'bigint') ||
              (unique_0.slaHours >= 1 && unique_0.slaHours <= 720)) &&
            typeof unique_0.submittedAt === 'string' &&
            (unique_0.submittedAt.length >= 40 ||
              (unique_0.submittedAt.length >= 20 &&
                Guard.CodePointCount(unique_0.submittedAt) >= 20)) &&
            (unique_0.submittedAt.length <= 30 ||
              (unique_0.submittedAt.length <= 60 &&
                Guard.CodePointCount(unique_0.submittedAt) <= 30)) &&
            External[11].test(unique_0.submittedAt) &&
            typeof unique_0.dueAt === 'string' &&
            (unique_0.dueAt.length >= 40 ||
              (unique_0.dueAt.length >= 20 && Guard.CodePointCount(unique_0.dueAt) >= 20)) &&
            (unique_0.dueAt.length <= 30 ||
              (unique_0.dueAt.length <= 60 && Guard.CodePointCount(unique_0.dueAt) <= 30)) &&
            External[12].test(unique_0.dueAt) &&
            Array.isArray(unique_0.history) &&
            unique_0.history.every(
              (unique_2, index) =>
                typeof unique_2 === 'object' &&
                unique_2 !== null &&
                !Array.isArray(unique_2) &&
                'at' in unique_2 &&
                'actorId' in unique_2 &&
                'action' in unique_2 &&
                'note' in unique_2 &&
                Object.getOwnPropertyNames(unique_2).length === 4 &&
                typeof unique_2.at === 'string' &&
                (unique_2.at.length >= 40 ||
                  (unique_2.at.length >= 20 && Guard.CodePointCount(unique_2.at) >= 20)) &&
                (unique_2.at.length <= 30 ||
                  (unique_2.at.length <= 60 && Guard.CodePointCount(unique_2.at) <= 30)) &&
                External[13].test(unique_2.at) &&
                ((typeof unique_2.actorId === 'string' &&
                  (unique_2.actorId.length >= 2 ||
                    (unique_2.actorId.length >= 1 &&
                      Guard.CodePointCount(unique_2.actorId) >= 1)) &&
                  (unique_2.actorId.length <= 64 ||
                    (unique_2.actorId.length <= 128 &&
                      Guard.CodePointCount(unique_2.actorId) <= 64)) &&
                  External[14].test(unique_2.actorId)) ||
                  unique_2.actorId === null) &&
                ((typeof unique_2.action === 'string' &&
                  (unique_2.action.length <= 15 ||
                    (unique_2.action.length <= 30 &&
                      Guard.CodePointCount(unique_2.action) <= 15)) &&
                  (unique_2.action === 'approve' ||
                    unique_2.action === 'reject' ||
                    unique_2.action === 'return_for_info')) ||
                  (typeof unique_2.action === 'string' &&
                    (unique_2.action.length <= 19 ||
                      (unique_2.action.length <= 38 &&
                        Guard.CodePointCount(unique_2.action) <= 19)) &&
                    (unique_2.action === 'submitted' ||
                      unique_2.action === 'resubmitted' ||
                      unique_2.action === 'withdrawn' ||
                      unique_2.action === 'routed' ||
                      unique_2.action === 'auto_approved' ||
                      unique_2.action === 'escalated' ||
                      unique_2.action === 'reassigned' ||
                      unique_2.action === 'extension_requested' ||
                      unique_2.action === 'extended' ||
                      unique_2.action === 'paid' ||
                      unique_2.action === 'expired' ||
                      unique_2.action === 'comment'))) &&
                typeof unique_2.note === 'string' &&
                (unique_2.note.length <= 4000 ||
                  (unique_2.note.length <= 8000 && Guard.CodePointCount(unique_2.note) <= 4000)) &&
                External[15].test(unique_2.note),
            ) &&
            unique_0.history.length <= 200 &&
            typeof unique_0.workflow === 'object' &&
            unique_0.workflow !== null &&
            !Array.isArray(unique_0.workflow) &&
            'definitionId' in unique_0.workflow &&
            'version' in unique_0.workflow &&
            Object.getOwnPropertyNames(unique_0.workflow).length === 2 &&
            typeof unique_0.workflow.definitionId === 'string' &&
            (unique_0.workflow.definitionId.length >= 2 ||
              (unique_0.workflow.definitionId.length >= 1 &&
                Guard.CodePointCount(unique_0.workflow.definitionId) >= 1)) &&
            (unique_0.workflow.definitionId.length <= 64 ||
              (unique_0.workflow.definitionId.length <= 128 &&
                Guard.CodePointCount(unique_0.workflow.definitionId) <= 64)) &&
            External[16].test(unique_0.workflow.definitionId) &&
            Number.isInteger(unique_0.workflow.version) &&
            (!(
              Number.isFinite(unique_0.workflow.version) ||
              typeof unique_0.workflow.version === 'bigint'
            ) ||
              (unique_0.workflow.version >= 1 && unique_0.workflow.version <= 1000000)) &&
            ((typeof unique_0.intake === 'object' &&
              unique_0.intake !== null &&
              !Array.isArray(unique_0.intake) &&
              'source' in unique_0.intake &&
              'externalId' in unique_0.intake &&
              Object.getOwnPropertyNames(unique_0.intake).length === 2 &&
              typeof unique_0.intake.source === 'string' &&
              (unique_0.intake.source.length >= 2 ||
                (unique_0.intake.source.length >= 1 &&
                  Guard.CodePointCount(unique_0.intake.source) >= 1)) &&
              (unique_0.intake.source.length <= 60 ||
                (unique_0.intake.source.length <= 120 &&
                  Guard.CodePointCount(unique_0.intake.source) <= 60)) &&
              External[17].test(unique_0.intake.source) &&
              typeof unique_0.intake.externalId === 'string' &&
              (unique_0.intake.externalId.length >= 2 ||
                (unique_0.intake.externalId.length >= 1 &&
                  Guard.CodePointCount(unique_0.intake.externalId) >= 1)) &&
              (unique_0.intake.externalId.length <= 100 ||
                (unique_0.intake.externalId.length <= 200 &&
                  Guard.CodePointCount(unique_0.intake.externalId) <= 100)) &&
              External[18].test(unique_0.intake.externalId)) ||
              unique_0.intake === null) &&
            ((typeof unique_0.relatedRequestId === 'string' &&
              (unique_0.relatedRequestId.length >= 2 ||
                (unique_0.relatedRequestId.length >= 1 &&
                  Guard.CodePointCount(unique_0.relatedRequestId) >= 1)) &&
              (unique_0.relatedRequestId.length <= 64 ||
                (unique_0.relatedRequestId.length <= 128 &&
                  Guard.CodePointCount(unique_0.relatedRequestId) <= 64)) &&
              External[19].test(unique_0.relatedRequestId)) ||
              unique_0.relatedRequestId === null) &&
            Array.isArray(unique_0.attachments) &&
            unique_0.attachments.every(
              (unique_3, index) =>
                typeof unique_3 === 'object' &&
                unique_3 !== null &&
                !Array.isArray(unique_3) &&
                'id' in unique_3 &&
                'fileName' in unique_3 &&
                'mediaType' in unique_3 &&
                'sizeBytes' in unique_3 &&
                'sha256' in unique_3 &&
                'uploadedAt' in unique_3 &&
                Object.getOwnPropertyNames(unique_3).length === 6 &&
                typeof unique_3.id === 'string' &&
                (unique_3.id.length >= 2 ||
                  (unique_3.id.length >= 1 && Guard.CodePointCount(unique_3.id) >= 1)) &&
                (unique_3.id.length <= 64 ||
                  (unique_3.id.length <= 128 && Guard.CodePointCount(unique_3.id) <= 64)) &&
                External[20].test(unique_3.id) &&
                typeof unique_3.fileName === 'string' &&
                (unique_3.fileName.length >= 2 ||
                  (unique_3.fileName.length >= 1 &&
                    Guard.CodePointCount(unique_3.fileName) >= 1)) &&
                (unique_3.fileName.length <= 255 ||
                  (unique_3.fileName.length <= 510 &&
                    Guard.CodePointCount(unique_3.fileName) <= 255)) &&
                External[21].test(unique_3.fileName) &&
                typeof unique_3.mediaType === 'string' &&
                (unique_3.mediaType.length >= 6 ||
                  (unique_3.mediaType.length >= 3 &&
                    Guard.CodePointCount(unique_3.mediaType) >= 3)) &&
                (unique_3.mediaType.length <= 100 ||
                  (unique_3.mediaType.length <= 200 &&
                    Guard.CodePointCount(unique_3.mediaType) <= 100)) &&
                External[22].test(unique_3.mediaType) &&
                Number.isInteger(unique_3.sizeBytes) &&
                (!(Number.isFinite(unique_3.sizeBytes) || typeof unique_3.sizeBytes === 'bigint') ||
                  (unique_3.sizeBytes >= 0 && unique_3.sizeBytes <= 50000000)) &&
                typeof unique_3.sha256 === 'string' &&
                (unique_3.sha256.length >= 128 ||
                  (unique_3.sha256.length >= 64 && Guard.CodePointCount(unique_3.sha256) >= 64)) &&
                (unique_3.sha256.length <= 64 ||
                  (unique_3.sha256.length <= 128 && Guard.CodePointCount(unique_3.sha256) <= 64)) &&
                External[23].test(unique_3.sha256) &&
                typeof unique_3.uploadedAt === 'string' &&
                (unique_3.uploadedAt.length >= 40 ||
                  (unique_3.uploadedAt.length >= 20 &&
                    Guard.CodePointCount(unique_3.uploadedAt) >= 20)) &&
                (unique_3.uploadedAt.length <= 30 ||
                  (unique_3.uploadedAt.length <= 60 &&
                    Guard.CodePointCount(unique_3.uploadedAt) <= 30)) &&
                External[24].test(unique_3.uploadedAt),
            ) &&
            unique_0.attachments.length <= 50 &&
            ((typeof unique_0.approvedAmount === 'object' &&
              unique_0.approvedAmount !== null &&
              !Array.isArray(unique_0.approvedAmount) &&
              'amountMinor' in unique_0.approvedAmount &&
              'currency' in unique_0.approvedAmount &&
              Object.getOwnPropertyNames(unique_0.approvedAmount).length === 2 &&
              Number.isInteger(unique_0.approvedAmount.amountMinor) &&
              (!(
                Number.isFinite(unique_0.approvedAmount.amountMinor) ||
                typeof unique_0.approvedAmount.amountMinor === 'bigint'
              ) ||
                (unique_0.approvedAmount.amountMinor >= -1000000000000000 &&
                  unique_0.approvedAmount.amountMinor <= 1000000000000000)) &&
              typeof unique_0.approvedAmount.currency === 'string' &&
              (unique_0.approvedAmount.currency.length >= 6 ||
                (unique_0.approvedAmount.currency.length >= 3 &&
                  Guard.CodePointCount(unique_0.approvedAmount.currency) >= 3)) &&
              (unique_0.approvedAmount.currency.length <= 3 ||
                (unique_0.approvedAmount.currency.length <= 6 &&
                  Guard.CodePointCount(unique_0.approvedAmount.currency) <= 3)) &&
              External[25].test(unique_0.approvedAmount.currency)) ||
              unique_0.approvedAmount === null) &&
            ((typeof unique_0.payment === 'object' &&
              unique_0.payment !== null &&
              !Array.isArray(unique_0.payment) &&
              'amount' in unique_0.payment &&
              'paidAt' in unique_0.payment &&
              'paidBy' in unique_0.payment &&
              'reference' in unique_0.payment &&
              Object.getOwnPropertyNames(unique_0.payment).length === 4 &&
              typeof unique_0.payment.amount === 'object' &&
              unique_0.payment.amount !== null &&
              !Array.isArray(unique_0.payment.amount) &&
              'amountMinor' in unique_0.payment.amount &&
              'currency' in unique_0.payment.amount &&
              Object.getOwnPropertyNames(unique_0.payment.amount).length === 2 &&
              Number.isInteger(unique_0.payment.amount.amountMinor) &&
              (!(
                Number.isFinite(unique_0.payment.amount.amountMinor) ||
                typeof unique_0.payment.amount.amountMinor === 'bigint'
              ) ||
                (unique_0.payment.amount.amountMinor >= -1000000000000000 &&
                  unique_0.payment.amount.amountMinor <= 1000000000000000)) &&
              typeof unique_0.payment.amount.currency === 'string' &&
              (unique_0.payment.amount.currency.length >= 6 ||
                (unique_0.payment.amount.currency.length >= 3 &&
                  Guard.CodePointCount(unique_0.payment.amount.currency) >= 3)) &&
              (unique_0.payment.amount.currency.length <= 3 ||
                (unique_0.payment.amount.currency.length <= 6 &&
                  Guard.CodePointCount(unique_0.payment.amount.currency) <= 3)) &&
              External[26].test(unique_0.payment.amount.currency) &&
              typeof unique_0.payment.paidAt === 'string' &&
              (unique_0.payment.paidAt.length >= 40 ||
                (unique_0.payment.paidAt.length >= 20 &&
                  Guard.CodePointCount(unique_0.payment.paidAt) >= 20)) &&
              (unique_0.payment.paidAt.length <= 30 ||
                (unique_0.payment.paidAt.length <= 60 &&
                  Guard.CodePointCount(unique_0.payment.paidAt) <= 30)) &&
              External[27].test(unique_0.payment.paidAt) &&
              typeof unique_0.payment.paidBy === 'string' &&
              (unique_0.payment.paidBy.length >= 2 ||
                (unique_0.payment.paidBy.length >= 1 &&
                  Guard.CodePointCount(unique_0.payment.paidBy) >= 1)) &&
              (unique_0.payment.paidBy.length <= 64 ||
                (unique_0.payment.paidBy.length <= 128 &&
                  Guard.CodePointCount(unique_0.payment.paidBy) <= 64)) &&
              External[28].test(unique_0.payment.paidBy) &&
              typeof unique_0.payment.reference === 'string' &&
              (unique_0.payment.reference.length >= 2 ||
                (unique_0.payment.reference.length >= 1 &&
                  Guard.CodePointCount(unique_0.payment.reference) >= 1)) &&
              (unique_0.payment.reference.length <= 100 ||
                (unique_0.payment.reference.length <= 200 &&
                  Guard.CodePointCount(unique_0.payment.reference) <= 100)) &&
              External[29].test(unique_0.payment.reference)) ||
              unique_0.payment === null) &&
            ((typeof unique_0.payee === 'object' &&
              unique_0.payee !== null &&
              !Array.isArray(unique_0.payee) &&
              'name' in unique_0.payee &&
              'email' in unique_0.payee &&
              Object.getOwnPropertyNames(unique_0.payee).length === 2 &&
              typeof unique_0.payee.name === 'string' &&
              (unique_0.payee.name.length >= 2 ||
                (unique_0.payee.name.length >= 1 &&
                  Guard.CodePointCount(unique_0.payee.name) >= 1)) &&
              (unique_0.payee.name.length <= 200 ||
                (unique_0.payee.name.length <= 400 &&
                  Guard.CodePointCount(unique_0.payee.name) <= 200)) &&
              External[30].test(unique_0.payee.name) &&
              typeof unique_0.payee.email === 'string' &&
              (unique_0.payee.email.length >= 12 ||
                (unique_0.payee.email.length >= 6 &&
                  Guard.CodePointCount(unique_0.payee.email) >= 6)) &&
              (unique_0.payee.email.length <= 254 ||
                (unique_0.payee.email.length <= 508 &&
                  Guard.CodePointCount(unique_0.payee.email) <= 254)) &&
              External[31].test(unique_0.payee.email)) ||
              unique_0.payee === null) &&
            typeof unique_0.updatedAt === 'string' &&
            (unique_0.updatedAt.length >= 40 ||
              (unique_0.updatedAt.length >= 20 &&
                Guard.CodePointCount(unique_0.updatedAt) >= 20)) &&
            (unique_0.updatedAt.length <= 30 ||
              (unique_0.updatedAt.length <= 60 &&
                Guard.CodePointCount(unique_0.updatedAt) <= 30)) &&
            External[32].test(unique_0.updatedAt) &&
            typeof unique_0._deleted === 'boolean',
        ) &&
        typeof value.checkpoint === 'object' &&
        value.checkpoint !== null &&
        !Array.isArray(value.checkpoint) &&
        'seq' in value.checkpoint &&
        Object.getOwnPropertyNames(value.checkpoint).every(
          (unique_4, unique_5) => External[33].test(unique_4) || false,
        ) &&
        Number.isInteger(value.checkpoint.seq) &&
        (!(Number.isFinite(value.checkpoint.seq) || typeof value.checkpoint.seq === 'bigint') ||
          (value.checkpoint.seq >= 0 && value.checkpoint.seq <= 999999999999999)) &&
        (value.checkpoint.scope === undefined ||
          !('scope' in value.checkpoint) ||
          (typeof value.checkpoint.scope === 'string' &&
            (value.checkpoint.scope.length <= 32 ||
              (value.checkpoint.scope.length <= 64 &&
                Guard.CodePointCount(value.checkpoint.scope) <= 32))));
      return function Check(value) {
        return check_0(value);
      };
    })(),
  ],
  [
    'decisions',
    (() => {
      const External = [
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('(^seq$|^scope$)', 'u'),
      ];
      const check_0 = (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        'documents' in value &&
        'checkpoint' in value &&
        Object.getOwnPropertyNames(value).length === 2 &&
        Array.isArray(value.documents) &&
        value.documents.every(
          (unique_0, index) =>
            typeof unique_0 === 'object' &&
            unique_0 !== null &&
            !Array.isArray(unique_0) &&
            'id' in unique_0 &&
            'requestId' in unique_0 &&
            'territoryId' in unique_0 &&
            'stepIndex' in unique_0 &&
            'action' in unique_0 &&
            'comment' in unique_0 &&
            'amount' in unique_0 &&
            'decidedBy' in unique_0 &&
            'deviceId' in unique_0 &&
            'decidedAt' in unique_0 &&
            'outcome' in unique_0 &&
            'updatedAt' in unique_0 &&
            '_deleted' in unique_0 &&
            Object.getOwnPropertyNames(unique_0).length === 13 &&
            typeof unique_0.id === 'string' &&
            (unique_0.id.length >= 2 ||
              (unique_0.id.length >= 1 && Guard.CodePointCount(unique_0.id) >= 1)) &&
            (unique_0.id.length <= 64 ||
              (unique_0.id.length <= 128 && Guard.CodePointCount(unique_0.id) <= 64)) &&
            External[0].test(unique_0.id) &&
            typeof unique_0.requestId === 'string' &&
            (unique_0.requestId.length >= 2 ||
              (unique_0.requestId.length >= 1 && Guard.CodePointCount(unique_0.requestId) >= 1)) &&
            (unique_0.requestId.length <= 64 ||
              (unique_0.requestId.length <= 128 &&
                Guard.CodePointCount(unique_0.requestId) <= 64)) &&
            External[1].test(unique_0.requestId) &&
            typeof unique_0.territoryId === 'string' &&
            (unique_0.territoryId.length >= 2 ||
              (unique_0.territoryId.length >= 1 &&
                Guard.CodePointCount(unique_0.territoryId) >= 1)) &&
            (unique_0.territoryId.length <= 64 ||
              (unique_0.territoryId.length <= 128 &&
                Guard.CodePointCount(unique_0.territoryId) <= 64)) &&
            External[2].test(unique_0.territoryId) &&
            Number.isInteger(unique_0.stepIndex) &&
            (!(Number.isFinite(unique_0.stepIndex) || typeof unique_0.stepIndex === 'bigint') ||
              (unique_0.stepIndex >= 0 && unique_0.stepIndex <= 20)) &&
            typeof unique_0.action === 'string' &&
            (unique_0.action.length <= 15 ||
              (unique_0.action.length <= 30 && Guard.CodePointCount(unique_0.action) <= 15)) &&
            (unique_0.action === 'approve' ||
              unique_0.action === 'reject' ||
              unique_0.action === 'return_for_info') &&
            typeof unique_0.comment === 'string' &&
            (unique_0.comment.length <= 4000 ||
              (unique_0.comment.length <= 8000 &&
                Guard.CodePointCount(unique_0.comment) <= 4000)) &&
            External[3].test(unique_0.comment) &&
            ((typeof unique_0.amount === 'object' &&
              unique_0.amount !== null &&
              !Array.isArray(unique_0.amount) &&
              'amountMinor' in unique_0.amount &&
              'currency' in unique_0.amount &&
              Object.getOwnPropertyNames(unique_0.amount).length === 2 &&
              Number.isInteger(unique_0.amount.amountMinor) &&
              (!(
                Number.isFinite(unique_0.amount.amountMinor) ||
                typeof unique_0.amount.amountMinor === 'bigint'
              ) ||
                (unique_0.amount.amountMinor >= -1000000000000000 &&
                  unique_0.amount.amountMinor <= 1000000000000000)) &&
              typeof unique_0.amount.currency === 'string' &&
              (unique_0.amount.currency.length >= 6 ||
                (unique_0.amount.currency.length >= 3 &&
                  Guard.CodePointCount(unique_0.amount.currency) >= 3)) &&
              (unique_0.amount.currency.length <= 3 ||
                (unique_0.amount.currency.length <= 6 &&
                  Guard.CodePointCount(unique_0.amount.currency) <= 3)) &&
              External[4].test(unique_0.amount.currency)) ||
              unique_0.amount === null) &&
            typeof unique_0.decidedBy === 'string' &&
            (unique_0.decidedBy.length >= 2 ||
              (unique_0.decidedBy.length >= 1 && Guard.CodePointCount(unique_0.decidedBy) >= 1)) &&
            (unique_0.decidedBy.length <= 64 ||
              (unique_0.decidedBy.length <= 128 &&
                Guard.CodePointCount(unique_0.decidedBy) <= 64)) &&
            External[5].test(unique_0.decidedBy) &&
            typeof unique_0.deviceId === 'string' &&
            (unique_0.deviceId.length >= 2 ||
              (unique_0.deviceId.length >= 1 && Guard.CodePointCount(unique_0.deviceId) >= 1)) &&
            (unique_0.deviceId.length <= 64 ||
              (unique_0.deviceId.length <= 128 && Guard.CodePointCount(unique_0.deviceId) <= 64)) &&
            External[6].test(unique_0.deviceId) &&
            typeof unique_0.decidedAt === 'string' &&
            (unique_0.decidedAt.length >= 40 ||
              (unique_0.decidedAt.length >= 20 &&
                Guard.CodePointCount(unique_0.decidedAt) >= 20)) &&
            (unique_0.decidedAt.length <= 30 ||
              (unique_0.decidedAt.length <= 60 &&
                Guard.CodePointCount(unique_0.decidedAt) <= 30)) &&
            External[7].test(unique_0.decidedAt) &&
            ((typeof unique_0.outcome === 'object' &&
              unique_0.outcome !== null &&
              !Array.isArray(unique_0.outcome) &&
              'status' in unique_0.outcome &&
              'reason' in unique_0.outcome &&
              'supersededBy' in unique_0.outcome &&
              'recordedAt' in unique_0.outcome &&
              Object.getOwnPropertyNames(unique_0.outcome).length === 4 &&
              typeof unique_0.outcome.status === 'string' &&
              (unique_0.outcome.status.length <= 10 ||
                (unique_0.outcome.status.length <= 20 &&
                  Guard.CodePointCount(unique_0.outcome.status) <= 10)) &&
              (unique_0.outcome.status === 'applied' ||
                unique_0.outcome.status === 'superseded' ||
                unique_0.outcome.status === 'rejected') &&
              ((typeof unique_0.outcome.reason === 'string' &&
                (unique_0.outcome.reason.length <= 4000 ||
                  (unique_0.outcome.reason.length <= 8000 &&
                    Guard.CodePointCount(unique_0.outcome.reason) <= 4000)) &&
                External[8].test(unique_0.outcome.reason)) ||
                unique_0.outcome.reason === null) &&
              ((typeof unique_0.outcome.supersededBy === 'string' &&
                (unique_0.outcome.supersededBy.length >= 2 ||
                  (unique_0.outcome.supersededBy.length >= 1 &&
                    Guard.CodePointCount(unique_0.outcome.supersededBy) >= 1)) &&
                (unique_0.outcome.supersededBy.length <= 64 ||
                  (unique_0.outcome.supersededBy.length <= 128 &&
                    Guard.CodePointCount(unique_0.outcome.supersededBy) <= 64)) &&
                External[9].test(unique_0.outcome.supersededBy)) ||
                unique_0.outcome.supersededBy === null) &&
              typeof unique_0.outcome.recordedAt === 'string' &&
              (unique_0.outcome.recordedAt.length >= 40 ||
                (unique_0.outcome.recordedAt.length >= 20 &&
                  Guard.CodePointCount(unique_0.outcome.recordedAt) >= 20)) &&
              (unique_0.outcome.recordedAt.length <= 30 ||
                (unique_0.outcome.recordedAt.length <= 60 &&
                  Guard.CodePointCount(unique_0.outcome.recordedAt) <= 30)) &&
              External[10].test(unique_0.outcome.recordedAt)) ||
              unique_0.outcome === null) &&
            typeof unique_0.updatedAt === 'string' &&
            (unique_0.updatedAt.length >= 40 ||
              (unique_0.updatedAt.length >= 20 &&
                Guard.CodePointCount(unique_0.updatedAt) >= 20)) &&
            (unique_0.updatedAt.length <= 30 ||
              (unique_0.updatedAt.length <= 60 &&
                Guard.CodePointCount(unique_0.updatedAt) <= 30)) &&
            External[11].test(unique_0.updatedAt) &&
            typeof unique_0._deleted === 'boolean',
        ) &&
        typeof value.checkpoint === 'object' &&
        value.checkpoint !== null &&
        !Array.isArray(value.checkpoint) &&
        'seq' in value.checkpoint &&
        Object.getOwnPropertyNames(value.checkpoint).every(
          (unique_1, unique_2) => External[12].test(unique_1) || false,
        ) &&
        Number.isInteger(value.checkpoint.seq) &&
        (!(Number.isFinite(value.checkpoint.seq) || typeof value.checkpoint.seq === 'bigint') ||
          (value.checkpoint.seq >= 0 && value.checkpoint.seq <= 999999999999999)) &&
        (value.checkpoint.scope === undefined ||
          !('scope' in value.checkpoint) ||
          (typeof value.checkpoint.scope === 'string' &&
            (value.checkpoint.scope.length <= 32 ||
              (value.checkpoint.scope.length <= 64 &&
                Guard.CodePointCount(value.checkpoint.scope) <= 32))));
      return function Check(value) {
        return check_0(value);
      };
    })(),
  ],
  [
    'funds',
    (() => {
      const External = [
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^\\d{4}(-(H[12]|Q[1-4]))?$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('(^seq$|^scope$)', 'u'),
      ];
      const check_0 = (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        'documents' in value &&
        'checkpoint' in value &&
        Object.getOwnPropertyNames(value).length === 2 &&
        Array.isArray(value.documents) &&
        value.documents.every(
          (unique_0, index) =>
            typeof unique_0 === 'object' &&
            unique_0 !== null &&
            !Array.isArray(unique_0) &&
            'id' in unique_0 &&
            'partnerId' in unique_0 &&
            'territoryId' in unique_0 &&
            'fundType' in unique_0 &&
            'period' in unique_0 &&
            'budget' in unique_0 &&
            'allocated' in unique_0 &&
            'accrued' in unique_0 &&
            'reserved' in unique_0 &&
            'paid' in unique_0 &&
            'balance' in unique_0 &&
            'expiresOn' in unique_0 &&
            'updatedAt' in unique_0 &&
            '_deleted' in unique_0 &&
            Object.getOwnPropertyNames(unique_0).length === 14 &&
            typeof unique_0.id === 'string' &&
            (unique_0.id.length >= 2 ||
              (unique_0.id.length >= 1 && Guard.CodePointCount(unique_0.id) >= 1)) &&
            (unique_0.id.length <= 64 ||
              (unique_0.id.length <= 128 && Guard.CodePointCount(unique_0.id) <= 64)) &&
            External[0].test(unique_0.id) &&
            typeof unique_0.partnerId === 'string' &&
            (unique_0.partnerId.length >= 2 ||
              (unique_0.partnerId.length >= 1 && Guard.CodePointCount(unique_0.partnerId) >= 1)) &&
            (unique_0.partnerId.length <= 64 ||
              (unique_0.partnerId.length <= 128 &&
                Guard.CodePointCount(unique_0.partnerId) <= 64)) &&
            External[1].test(unique_0.partnerId) &&
            typeof unique_0.territoryId === 'string' &&
            (unique_0.territoryId.length >= 2 ||
              (unique_0.territoryId.length >= 1 &&
                Guard.CodePointCount(unique_0.territoryId) >= 1)) &&
            (unique_0.territoryId.length <= 64 ||
              (unique_0.territoryId.length <= 128 &&
                Guard.CodePointCount(unique_0.territoryId) <= 64)) &&
            External[2].test(unique_0.territoryId) &&
            typeof unique_0.fundType === 'string' &&
            (unique_0.fundType.length <= 4 ||
              (unique_0.fundType.length <= 8 && Guard.CodePointCount(unique_0.fundType) <= 4)) &&
            (unique_0.fundType === 'mdf' || unique_0.fundType === 'coop') &&
            typeof unique_0.period === 'string' &&
            (unique_0.period.length >= 8 ||
              (unique_0.period.length >= 4 && Guard.CodePointCount(unique_0.period) >= 4)) &&
            (unique_0.period.length <= 7 ||
              (unique_0.period.length <= 14 && Guard.CodePointCount(unique_0.period) <= 7)) &&
            External[3].test(unique_0.period) &&
            typeof unique_0.budget === 'object' &&
            unique_0.budget !== null &&
            !Array.isArray(unique_0.budget) &&
            'amountMinor' in unique_0.budget &&
            'currency' in unique_0.budget &&
            Object.getOwnPropertyNames(unique_0.budget).length === 2 &&
            Number.isInteger(unique_0.budget.amountMinor) &&
            (!(
              Number.isFinite(unique_0.budget.amountMinor) ||
              typeof unique_0.budget.amountMinor === 'bigint'
            ) ||
              (unique_0.budget.amountMinor >= -1000000000000000 &&
                unique_0.budget.amountMinor <= 1000000000000000)) &&
            typeof unique_0.budget.currency === 'string' &&
            (unique_0.budget.currency.length >= 6 ||
              (unique_0.budget.currency.length >= 3 &&
                Guard.CodePointCount(unique_0.budget.currency) >= 3)) &&
            (unique_0.budget.currency.length <= 3 ||
              (unique_0.budget.currency.length <= 6 &&
                Guard.CodePointCount(unique_0.budget.currency) <= 3)) &&
            External[4].test(unique_0.budget.currency) &&
            typeof unique_0.allocated === 'object' &&
            unique_0.allocated !== null &&
            !Array.isArray(unique_0.allocated) &&
            'amountMinor' in unique_0.allocated &&
            'currency' in unique_0.allocated &&
            Object.getOwnPropertyNames(unique_0.allocated).length === 2 &&
            Number.isInteger(unique_0.allocated.amountMinor) &&
            (!(
              Number.isFinite(unique_0.allocated.amountMinor) ||
              typeof unique_0.allocated.amountMinor === 'bigint'
            ) ||
              (unique_0.allocated.amountMinor >= -1000000000000000 &&
                unique_0.allocated.amountMinor <= 1000000000000000)) &&
            typeof unique_0.allocated.currency === 'string' &&
            (unique_0.allocated.currency.length >= 6 ||
              (unique_0.allocated.currency.length >= 3 &&
                Guard.CodePointCount(unique_0.allocated.currency) >= 3)) &&
            (unique_0.allocated.currency.length <= 3 ||
              (unique_0.allocated.currency.length <= 6 &&
                Guard.CodePointCount(unique_0.allocated.currency) <= 3)) &&
            External[5].test(unique_0.allocated.currency) &&
            typeof unique_0.accrued === 'object' &&
            unique_0.accrued !== null &&
            !Array.isArray(unique_0.accrued) &&
            'amountMinor' in unique_0.accrued &&
            'currency' in unique_0.accrued &&
            Object.getOwnPropertyNames(unique_0.accrued).length === 2 &&
            Number.isInteger(unique_0.accrued.amountMinor) &&
            (!(
              Number.isFinite(unique_0.accrued.amountMinor) ||
              typeof unique_0.accrued.amountMinor === 'bigint'
            ) ||
              (unique_0.accrued.amountMinor >= -1000000000000000 &&
                unique_0.accrued.amountMinor <= 1000000000000000)) &&
            typeof unique_0.accrued.currency === 'string' &&
            (unique_0.accrued.currency.length >= 6 ||
              (unique_0.accrued.currency.length >= 3 &&
                Guard.CodePointCount(unique_0.accrued.currency) >= 3)) &&
            (unique_0.accrued.currency.length <= 3 ||
              (unique_0.accrued.currency.length <= 6 &&
                Guard.CodePointCount(unique_0.accrued.currency) <= 3)) &&
            External[6].test(unique_0.accrued.currency) &&
            typeof unique_0.reserved === 'object' &&
            unique_0.reserved !== null &&
            !Array.isArray(unique_0.reserved) &&
            'amountMinor' in unique_0.reserved &&
            'currency' in unique_0.reserved &&
            Object.getOwnPropertyNames(unique_0.reserved).length === 2 &&
            Number.isInteger(unique_0.reserved.amountMinor) &&
            (!(
              Number.isFinite(unique_0.reserved.amountMinor) ||
              typeof unique_0.reserved.amountMinor === 'bigint'
            ) ||
              (unique_0.reserved.amountMinor >= -1000000000000000 &&
                unique_0.reserved.amountMinor <= 1000000000000000)) &&
            typeof unique_0.reserved.currency === 'string' &&
            (unique_0.reserved.currency.length >= 6 ||
              (unique_0.reserved.currency.length >= 3 &&
                Guard.CodePointCount(unique_0.reserved.currency) >= 3)) &&
            (unique_0.reserved.currency.length <= 3 ||
              (unique_0.reserved.currency.length <= 6 &&
                Guard.CodePointCount(unique_0.reserved.currency) <= 3)) &&
            External[7].test(unique_0.reserved.currency) &&
            typeof unique_0.paid === 'object' &&
            unique_0.paid !== null &&
            !Array.isArray(unique_0.paid) &&
            'amountMinor' in unique_0.paid &&
            'currency' in unique_0.paid &&
            Object.getOwnPropertyNames(unique_0.paid).length === 2 &&
            Number.isInteger(unique_0.paid.amountMinor) &&
            (!(
              Number.isFinite(unique_0.paid.amountMinor) ||
              typeof unique_0.paid.amountMinor === 'bigint'
            ) ||
              (unique_0.paid.amountMinor >= -1000000000000000 &&
                unique_0.paid.amountMinor <= 1000000000000000)) &&
            typeof unique_0.paid.currency === 'string' &&
            (unique_0.paid.currency.length >= 6 ||
              (unique_0.paid.currency.length >= 3 &&
                Guard.CodePointCount(unique_0.paid.currency) >= 3)) &&
            (unique_0.paid.currency.length <= 3 ||
              (unique_0.paid.currency.length <= 6 &&
                Guard.CodePointCount(unique_0.paid.currency) <= 3)) &&
            External[8].test(unique_0.paid.currency) &&
            typeof unique_0.balance === 'object' &&
            unique_0.balance !== null &&
            !Array.isArray(unique_0.balance) &&
            'amountMinor' in unique_0.balance &&
            'currency' in unique_0.balance &&
            Object.getOwnPropertyNames(unique_0.balance).length === 2 &&
            Number.isInteger(unique_0.balance.amountMinor) &&
            (!(
              Number.isFinite(unique_0.balance.amountMinor) ||
              typeof unique_0.balance.amountMinor === 'bigint'
            ) ||
              (unique_0.balance.amountMinor >= -1000000000000000 &&
                unique_0.balance.amountMinor <= 1000000000000000)) &&
            typeof unique_0.balance.currency === 'string' &&
            (unique_0.balance.currency.length >= 6 ||
              (unique_0.balance.currency.length >= 3 &&
                Guard.CodePointCount(unique_0.balance.currency) >= 3)) &&
            (unique_0.balance.currency.length <= 3 ||
              (unique_0.balance.currency.length <= 6 &&
                Guard.CodePointCount(unique_0.balance.currency) <= 3)) &&
            External[9].test(unique_0.balance.currency) &&
            typeof unique_0.expiresOn === 'string' &&
            (unique_0.expiresOn.length >= 20 ||
              (unique_0.expiresOn.length >= 10 &&
                Guard.CodePointCount(unique_0.expiresOn) >= 10)) &&
            (unique_0.expiresOn.length <= 10 ||
              (unique_0.expiresOn.length <= 20 &&
                Guard.CodePointCount(unique_0.expiresOn) <= 10)) &&
            External[10].test(unique_0.expiresOn) &&
            typeof unique_0.updatedAt === 'string' &&
            (unique_0.updatedAt.length >= 40 ||
              (unique_0.updatedAt.length >= 20 &&
                Guard.CodePointCount(unique_0.updatedAt) >= 20)) &&
            (unique_0.updatedAt.length <= 30 ||
              (unique_0.updatedAt.length <= 60 &&
                Guard.CodePointCount(unique_0.updatedAt) <= 30)) &&
            External[11].test(unique_0.updatedAt) &&
            typeof unique_0._deleted === 'boolean',
        ) &&
        typeof value.checkpoint === 'object' &&
        value.checkpoint !== null &&
        !Array.isArray(value.checkpoint) &&
        'seq' in value.checkpoint &&
        Object.getOwnPropertyNames(value.checkpoint).every(
          (unique_1, unique_2) => External[12].test(unique_1) || false,
        ) &&
        Number.isInteger(value.checkpoint.seq) &&
        (!(Number.isFinite(value.checkpoint.seq) || typeof value.checkpoint.seq === 'bigint') ||
          (value.checkpoint.seq >= 0 && value.checkpoint.seq <= 999999999999999)) &&
        (value.checkpoint.scope === undefined ||
          !('scope' in value.checkpoint) ||
          (typeof value.checkpoint.scope === 'string' &&
            (value.checkpoint.scope.length <= 32 ||
              (value.checkpoint.scope.length <= 64 &&
                Guard.CodePointCount(value.checkpoint.scope) <= 32))));
      return function Check(value) {
        return check_0(value);
      };
    })(),
  ],
  [
    'performance',
    (() => {
      const External = [
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Z]{3}$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('(^seq$|^scope$)', 'u'),
      ];
      const check_0 = (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        'documents' in value &&
        'checkpoint' in value &&
        Object.getOwnPropertyNames(value).length === 2 &&
        Array.isArray(value.documents) &&
        value.documents.every(
          (unique_0, index) =>
            typeof unique_0 === 'object' &&
            unique_0 !== null &&
            !Array.isArray(unique_0) &&
            'id' in unique_0 &&
            'partnerId' in unique_0 &&
            'territoryId' in unique_0 &&
            'year' in unique_0 &&
            'currency' in unique_0 &&
            'months' in unique_0 &&
            'updatedAt' in unique_0 &&
            '_deleted' in unique_0 &&
            Object.getOwnPropertyNames(unique_0).length === 8 &&
            typeof unique_0.id === 'string' &&
            (unique_0.id.length >= 2 ||
              (unique_0.id.length >= 1 && Guard.CodePointCount(unique_0.id) >= 1)) &&
            (unique_0.id.length <= 64 ||
              (unique_0.id.length <= 128 && Guard.CodePointCount(unique_0.id) <= 64)) &&
            External[0].test(unique_0.id) &&
            typeof unique_0.partnerId === 'string' &&
            (unique_0.partnerId.length >= 2 ||
              (unique_0.partnerId.length >= 1 && Guard.CodePointCount(unique_0.partnerId) >= 1)) &&
            (unique_0.partnerId.length <= 64 ||
              (unique_0.partnerId.length <= 128 &&
                Guard.CodePointCount(unique_0.partnerId) <= 64)) &&
            External[1].test(unique_0.partnerId) &&
            typeof unique_0.territoryId === 'string' &&
            (unique_0.territoryId.length >= 2 ||
              (unique_0.territoryId.length >= 1 &&
                Guard.CodePointCount(unique_0.territoryId) >= 1)) &&
            (unique_0.territoryId.length <= 64 ||
              (unique_0.territoryId.length <= 128 &&
                Guard.CodePointCount(unique_0.territoryId) <= 64)) &&
            External[2].test(unique_0.territoryId) &&
            Number.isInteger(unique_0.year) &&
            (!(Number.isFinite(unique_0.year) || typeof unique_0.year === 'bigint') ||
              (unique_0.year >= 2000 &&
                unique_0.year <= 2100 &&
                Guard.IsMultipleOf(unique_0.year, 1))) &&
            typeof unique_0.currency === 'string' &&
            (unique_0.currency.length >= 6 ||
              (unique_0.currency.length >= 3 && Guard.CodePointCount(unique_0.currency) >= 3)) &&
            (unique_0.currency.length <= 3 ||
              (unique_0.currency.length <= 6 && Guard.CodePointCount(unique_0.currency) <= 3)) &&
            External[3].test(unique_0.currency) &&
            Array.isArray(unique_0.months) &&
            unique_0.months.every(
              (unique_1, index) =>
                typeof unique_1 === 'object' &&
                unique_1 !== null &&
                !Array.isArray(unique_1) &&
                'month' in unique_1 &&
                'revenueMinor' in unique_1 &&
                'pipelineMinor' in unique_1 &&
                'dealsRegistered' in unique_1 &&
                'dealsWon' in unique_1 &&
                'dealsLost' in unique_1 &&
                'mdfSpendMinor' in unique_1 &&
                'certifiedContacts' in unique_1 &&
                Object.getOwnPropertyNames(unique_1).length === 8 &&
                Number.isInteger(unique_1.month) &&
                (!(Number.isFinite(unique_1.month) || typeof unique_1.month === 'bigint') ||
                  (unique_1.month >= 1 && unique_1.month <= 12)) &&
                Number.isInteger(unique_1.revenueMinor) &&
                (!(
                  Number.isFinite(unique_1.revenueMinor) ||
                  typeof unique_1.revenueMinor === 'bigint'
                ) ||
                  unique_1.revenueMinor >= 0) &&
                Number.isInteger(unique_1.pipelineMinor) &&
                (!(
                  Number.isFinite(unique_1.pipelineMinor) ||
                  typeof unique_1.pipelineMinor === 'bigint'
                ) ||
                  unique_1.pipelineMinor >= 0) &&
                Number.isInteger(unique_1.dealsRegistered) &&
                (!(
                  Number.isFinite(unique_1.dealsRegistered) ||
                  typeof unique_1.dealsRegistered === 'bigint'
                ) ||
                  unique_1.dealsRegistered >= 0) &&
                Number.isInteger(unique_1.dealsWon) &&
                (!(Number.isFinite(unique_1.dealsWon) || typeof unique_1.dealsWon === 'bigint') ||
                  unique_1.dealsWon >= 0) &&
                Number.isInteger(unique_1.dealsLost) &&
                (!(Number.isFinite(unique_1.dealsLost) || typeof unique_1.dealsLost === 'bigint') ||
                  unique_1.dealsLost >= 0) &&
                Number.isInteger(unique_1.mdfSpendMinor) &&
                (!(
                  Number.isFinite(unique_1.mdfSpendMinor) ||
                  typeof unique_1.mdfSpendMinor === 'bigint'
                ) ||
                  unique_1.mdfSpendMinor >= 0) &&
                Number.isInteger(unique_1.certifiedContacts) &&
                (!(
                  Number.isFinite(unique_1.certifiedContacts) ||
                  typeof unique_1.certifiedContacts === 'bigint'
                ) ||
                  unique_1.certifiedContacts >= 0),
            ) &&
            unique_0.months.length <= 12 &&
            typeof unique_0.updatedAt === 'string' &&
            (unique_0.updatedAt.length >= 40 ||
              (unique_0.updatedAt.length >= 20 &&
                Guard.CodePointCount(unique_0.updatedAt) >= 20)) &&
            (unique_0.updatedAt.length <= 30 ||
              (unique_0.updatedAt.length <= 60 &&
                Guard.CodePointCount(unique_0.updatedAt) <= 30)) &&
            External[4].test(unique_0.updatedAt) &&
            typeof unique_0._deleted === 'boolean',
        ) &&
        typeof value.checkpoint === 'object' &&
        value.checkpoint !== null &&
        !Array.isArray(value.checkpoint) &&
        'seq' in value.checkpoint &&
        Object.getOwnPropertyNames(value.checkpoint).every(
          (unique_2, unique_3) => External[5].test(unique_2) || false,
        ) &&
        Number.isInteger(value.checkpoint.seq) &&
        (!(Number.isFinite(value.checkpoint.seq) || typeof value.checkpoint.seq === 'bigint') ||
          (value.checkpoint.seq >= 0 && value.checkpoint.seq <= 999999999999999)) &&
        (value.checkpoint.scope === undefined ||
          !('scope' in value.checkpoint) ||
          (typeof value.checkpoint.scope === 'string' &&
            (value.checkpoint.scope.length <= 32 ||
              (value.checkpoint.scope.length <= 64 &&
                Guard.CodePointCount(value.checkpoint.scope) <= 32))));
      return function Check(value) {
        return check_0(value);
      };
    })(),
  ],
  [
    'activities',
    (() => {
      const External = [
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
        new RegExp('(^seq$|^scope$)', 'u'),
      ];
      const check_0 = (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        'documents' in value &&
        'checkpoint' in value &&
        Object.getOwnPropertyNames(value).length === 2 &&
        Array.isArray(value.documents) &&
        value.documents.every(
          (unique_0, index) =>
            typeof unique_0 === 'object' &&
            unique_0 !== null &&
            !Array.isArray(unique_0) &&
            'id' in unique_0 &&
            'partnerId' in unique_0 &&
            'territoryId' in unique_0 &&
            'kind' in unique_0 &&
            'subjectType' in unique_0 &&
            'subjectId' in unique_0 &&
            'actorId' in unique_0 &&
            'at' in unique_0 &&
            'writtenAt' in unique_0 &&
            'text' in unique_0 &&
            'outcome' in unique_0 &&
            'updatedAt' in unique_0 &&
            '_deleted' in unique_0 &&
            Object.getOwnPropertyNames(unique_0).length === 13 &&
            typeof unique_0.id === 'string' &&
            (unique_0.id.length >= 2 ||
              (unique_0.id.length >= 1 && Guard.CodePointCount(unique_0.id) >= 1)) &&
            (unique_0.id.length <= 64 ||
              (unique_0.id.length <= 128 && Guard.CodePointCount(unique_0.id) <= 64)) &&
            External[0].test(unique_0.id) &&
            typeof unique_0.partnerId === 'string' &&
            (unique_0.partnerId.length >= 2 ||
              (unique_0.partnerId.length >= 1 && Guard.CodePointCount(unique_0.partnerId) >= 1)) &&
            (unique_0.partnerId.length <= 64 ||
              (unique_0.partnerId.length <= 128 &&
                Guard.CodePointCount(unique_0.partnerId) <= 64)) &&
            External[1].test(unique_0.partnerId) &&
            typeof unique_0.territoryId === 'string' &&
            (unique_0.territoryId.length >= 2 ||
              (unique_0.territoryId.length >= 1 &&
                Guard.CodePointCount(unique_0.territoryId) >= 1)) &&
            (unique_0.territoryId.length <= 64 ||
              (unique_0.territoryId.length <= 128 &&
                Guard.CodePointCount(unique_0.territoryId) <= 64)) &&
            External[2].test(unique_0.territoryId) &&
            typeof unique_0.kind === 'string' &&
            (unique_0.kind.length <= 7 ||
              (unique_0.kind.length <= 14 && Guard.CodePointCount(unique_0.kind) <= 7)) &&
            (unique_0.kind === 'note' ||
              unique_0.kind === 'call' ||
              unique_0.kind === 'meeting' ||
              unique_0.kind === 'email' ||
              unique_0.kind === 'audit') &&
            typeof unique_0.subjectType === 'string' &&
            (unique_0.subjectType.length <= 7 ||
              (unique_0.subjectType.length <= 14 &&
                Guard.CodePointCount(unique_0.subjectType) <= 7)) &&
            (unique_0.subjectType === 'partner' ||
              unique_0.subjectType === 'deal' ||
              unique_0.subjectType === 'request' ||
              unique_0.subjectType === 'fund' ||
              unique_0.subjectType === 'contact') &&
            typeof unique_0.subjectId === 'string' &&
            (unique_0.subjectId.length >= 2 ||
              (unique_0.subjectId.length >= 1 && Guard.CodePointCount(unique_0.subjectId) >= 1)) &&
            (unique_0.subjectId.length <= 64 ||
              (unique_0.subjectId.length <= 128 &&
                Guard.CodePointCount(unique_0.subjectId) <= 64)) &&
            External[3].test(unique_0.subjectId) &&
            ((typeof unique_0.actorId === 'string' &&
              (unique_0.actorId.length >= 2 ||
                (unique_0.actorId.length >= 1 && Guard.CodePointCount(unique_0.actorId) >= 1)) &&
              (unique_0.actorId.length <= 64 ||
                (unique_0.actorId.length <= 128 && Guard.CodePointCount(unique_0.actorId) <= 64)) &&
              External[4].test(unique_0.actorId)) ||
              unique_0.actorId === null) &&
            typeof unique_0.at === 'string' &&
            (unique_0.at.length >= 40 ||
              (unique_0.at.length >= 20 && Guard.CodePointCount(unique_0.at) >= 20)) &&
            (unique_0.at.length <= 30 ||
              (unique_0.at.length <= 60 && Guard.CodePointCount(unique_0.at) <= 30)) &&
            External[5].test(unique_0.at) &&
            ((typeof unique_0.writtenAt === 'string' &&
              (unique_0.writtenAt.length >= 40 ||
                (unique_0.writtenAt.length >= 20 &&
                  Guard.CodePointCount(unique_0.writtenAt) >= 20)) &&
              (unique_0.writtenAt.length <= 30 ||
                (unique_0.writtenAt.length <= 60 &&
                  Guard.CodePointCount(unique_0.writtenAt) <= 30)) &&
              External[6].test(unique_0.writtenAt)) ||
              unique_0.writtenAt === null) &&
            typeof unique_0.text === 'string' &&
            (unique_0.text.length <= 4000 ||
              (unique_0.text.length <= 8000 && Guard.CodePointCount(unique_0.text) <= 4000)) &&
            External[7].test(unique_0.text) &&
            ((typeof unique_0.outcome === 'object' &&
              unique_0.outcome !== null &&
              !Array.isArray(unique_0.outcome) &&
              'status' in unique_0.outcome &&
              'reason' in unique_0.outcome &&
              'recordedAt' in unique_0.outcome &&
              Object.getOwnPropertyNames(unique_0.outcome).length === 3 &&
              typeof unique_0.outcome.status === 'string' &&
              (unique_0.outcome.status.length <= 8 ||
                (unique_0.outcome.status.length <= 16 &&
                  Guard.CodePointCount(unique_0.outcome.status) <= 8)) &&
              (unique_0.outcome.status === 'accepted' || unique_0.outcome.status === 'refused') &&
              ((typeof unique_0.outcome.reason === 'string' &&
                (unique_0.outcome.reason.length <= 4000 ||
                  (unique_0.outcome.reason.length <= 8000 &&
                    Guard.CodePointCount(unique_0.outcome.reason) <= 4000)) &&
                External[8].test(unique_0.outcome.reason)) ||
                unique_0.outcome.reason === null) &&
              typeof unique_0.outcome.recordedAt === 'string' &&
              (unique_0.outcome.recordedAt.length >= 40 ||
                (unique_0.outcome.recordedAt.length >= 20 &&
                  Guard.CodePointCount(unique_0.outcome.recordedAt) >= 20)) &&
              (unique_0.outcome.recordedAt.length <= 30 ||
                (unique_0.outcome.recordedAt.length <= 60 &&
                  Guard.CodePointCount(unique_0.outcome.recordedAt) <= 30)) &&
              External[9].test(unique_0.outcome.recordedAt)) ||
              unique_0.outcome === null) &&
            typeof unique_0.updatedAt === 'string' &&
            (unique_0.updatedAt.length >= 40 ||
              (unique_0.updatedAt.length >= 20 &&
                Guard.CodePointCount(unique_0.updatedAt) >= 20)) &&
            (unique_0.updatedAt.length <= 30 ||
              (unique_0.updatedAt.length <= 60 &&
                Guard.CodePointCount(unique_0.updatedAt) <= 30)) &&
            External[10].test(unique_0.updatedAt) &&
            typeof unique_0._deleted === 'boolean',
        ) &&
        typeof value.checkpoint === 'object' &&
        value.checkpoint !== null &&
        !Array.isArray(value.checkpoint) &&
        'seq' in value.checkpoint &&
        Object.getOwnPropertyNames(value.checkpoint).every(
          (unique_1, unique_2) => External[11].test(unique_1) || false,
        ) &&
        Number.isInteger(value.checkpoint.seq) &&
        (!(Number.isFinite(value.checkpoint.seq) || typeof value.checkpoint.seq === 'bigint') ||
          (value.checkpoint.seq >= 0 && value.checkpoint.seq <= 999999999999999)) &&
        (value.checkpoint.scope === undefined ||
          !('scope' in value.checkpoint) ||
          (typeof value.checkpoint.scope === 'string' &&
            (value.checkpoint.scope.length <= 32 ||
              (value.checkpoint.scope.length <= 64 &&
                Guard.CodePointCount(value.checkpoint.scope) <= 32))));
      return function Check(value) {
        return check_0(value);
      };
    })(),
  ],
]);

/** The answer to a push of decisions. */
export const pushAnswerCheck: Check = (() => {
  const External = [
    new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
    new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
    new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
    new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
    new RegExp('^[A-Z]{3}$', 'u'),
    new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
    new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
    new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
    new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
    new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
    new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
    new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
  ];
  const check_0 = (value) =>
    Array.isArray(value) &&
    value.every(
      (unique_0, index) =>
        typeof unique_0 === 'object' &&
        unique_0 !== null &&
        !Array.isArray(unique_0) &&
        'id' in unique_0 &&
        'requestId' in unique_0 &&
        'territoryId' in unique_0 &&
        'stepIndex' in unique_0 &&
        'action' in unique_0 &&
        'comment' in unique_0 &&
        'amount' in unique_0 &&
        'decidedBy' in unique_0 &&
        'deviceId' in unique_0 &&
        'decidedAt' in unique_0 &&
        'outcome' in unique_0 &&
        'updatedAt' in unique_0 &&
        '_deleted' in unique_0 &&
        Object.getOwnPropertyNames(unique_0).length === 13 &&
        typeof unique_0.id === 'string' &&
        (unique_0.id.length >= 2 ||
          (unique_0.id.length >= 1 && Guard.CodePointCount(unique_0.id) >= 1)) &&
        (unique_0.id.length <= 64 ||
          (unique_0.id.length <= 128 && Guard.CodePointCount(unique_0.id) <= 64)) &&
        External[0].test(unique_0.id) &&
        typeof unique_0.requestId === 'string' &&
        (unique_0.requestId.length >= 2 ||
          (unique_0.requestId.length >= 1 && Guard.CodePointCount(unique_0.requestId) >= 1)) &&
        (unique_0.requestId.length <= 64 ||
          (unique_0.requestId.length <= 128 && Guard.CodePointCount(unique_0.requestId) <= 64)) &&
        External[1].test(unique_0.requestId) &&
        typeof unique_0.territoryId === 'string' &&
        (unique_0.territoryId.length >= 2 ||
          (unique_0.territoryId.length >= 1 && Guard.CodePointCount(unique_0.territoryId) >= 1)) &&
        (unique_0.territoryId.length <= 64 ||
          (unique_0.territoryId.length <= 128 &&
            Guard.CodePointCount(unique_0.territoryId) <= 64)) &&
        External[2].test(unique_0.territoryId) &&
        Number.isInteger(unique_0.stepIndex) &&
        (!(Number.isFinite(unique_0.stepIndex) || typeof unique_0.stepIndex === 'bigint') ||
          (unique_0.stepIndex >= 0 && unique_0.stepIndex <= 20)) &&
        typeof unique_0.action === 'string' &&
        (unique_0.action.length <= 15 ||
          (unique_0.action.length <= 30 && Guard.CodePointCount(unique_0.action) <= 15)) &&
        (unique_0.action === 'approve' ||
          unique_0.action === 'reject' ||
          unique_0.action === 'return_for_info') &&
        typeof unique_0.comment === 'string' &&
        (unique_0.comment.length <= 4000 ||
          (unique_0.comment.length <= 8000 && Guard.CodePointCount(unique_0.comment) <= 4000)) &&
        External[3].test(unique_0.comment) &&
        ((typeof unique_0.amount === 'object' &&
          unique_0.amount !== null &&
          !Array.isArray(unique_0.amount) &&
          'amountMinor' in unique_0.amount &&
          'currency' in unique_0.amount &&
          Object.getOwnPropertyNames(unique_0.amount).length === 2 &&
          Number.isInteger(unique_0.amount.amountMinor) &&
          (!(
            Number.isFinite(unique_0.amount.amountMinor) ||
            typeof unique_0.amount.amountMinor === 'bigint'
          ) ||
            (unique_0.amount.amountMinor >= -1000000000000000 &&
              unique_0.amount.amountMinor <= 1000000000000000)) &&
          typeof unique_0.amount.currency === 'string' &&
          (unique_0.amount.currency.length >= 6 ||
            (unique_0.amount.currency.length >= 3 &&
              Guard.CodePointCount(unique_0.amount.currency) >= 3)) &&
          (unique_0.amount.currency.length <= 3 ||
            (unique_0.amount.currency.length <= 6 &&
              Guard.CodePointCount(unique_0.amount.currency) <= 3)) &&
          External[4].test(unique_0.amount.currency)) ||
          unique_0.amount === null) &&
        typeof unique_0.decidedBy === 'string' &&
        (unique_0.decidedBy.length >= 2 ||
          (unique_0.decidedBy.length >= 1 && Guard.CodePointCount(unique_0.decidedBy) >= 1)) &&
        (unique_0.decidedBy.length <= 64 ||
          (unique_0.decidedBy.length <= 128 && Guard.CodePointCount(unique_0.decidedBy) <= 64)) &&
        External[5].test(unique_0.decidedBy) &&
        typeof unique_0.deviceId === 'string' &&
        (unique_0.deviceId.length >= 2 ||
          (unique_0.deviceId.length >= 1 && Guard.CodePointCount(unique_0.deviceId) >= 1)) &&
        (unique_0.deviceId.length <= 64 ||
          (unique_0.deviceId.length <= 128 && Guard.CodePointCount(unique_0.deviceId) <= 64)) &&
        External[6].test(unique_0.deviceId) &&
        typeof unique_0.decidedAt === 'string' &&
        (unique_0.decidedAt.length >= 40 ||
          (unique_0.decidedAt.length >= 20 && Guard.CodePointCount(unique_0.decidedAt) >= 20)) &&
        (unique_0.decidedAt.length <= 30 ||
          (unique_0.decidedAt.length <= 60 && Guard.CodePointCount(unique_0.decidedAt) <= 30)) &&
        External[7].test(unique_0.decidedAt) &&
        ((typeof unique_0.outcome === 'object' &&
          unique_0.outcome !== null &&
          !Array.isArray(unique_0.outcome) &&
          'status' in unique_0.outcome &&
          'reason' in unique_0.outcome &&
          'supersededBy' in unique_0.outcome &&
          'recordedAt' in unique_0.outcome &&
          Object.getOwnPropertyNames(unique_0.outcome).length === 4 &&
          typeof unique_0.outcome.status === 'string' &&
          (unique_0.outcome.status.length <= 10 ||
            (unique_0.outcome.status.length <= 20 &&
              Guard.CodePointCount(unique_0.outcome.status) <= 10)) &&
          (unique_0.outcome.status === 'applied' ||
            unique_0.outcome.status === 'superseded' ||
            unique_0.outcome.status === 'rejected') &&
          ((typeof unique_0.outcome.reason === 'string' &&
            (unique_0.outcome.reason.length <= 4000 ||
              (unique_0.outcome.reason.length <= 8000 &&
                Guard.CodePointCount(unique_0.outcome.reason) <= 4000)) &&
            External[8].test(unique_0.outcome.reason)) ||
            unique_0.outcome.reason === null) &&
          ((typeof unique_0.outcome.supersededBy === 'string' &&
            (unique_0.outcome.supersededBy.length >= 2 ||
              (unique_0.outcome.supersededBy.length >= 1 &&
                Guard.CodePointCount(unique_0.outcome.supersededBy) >= 1)) &&
            (unique_0.outcome.supersededBy.length <= 64 ||
              (unique_0.outcome.supersededBy.length <= 128 &&
                Guard.CodePointCount(unique_0.outcome.supersededBy) <= 64)) &&
            External[9].test(unique_0.outcome.supersededBy)) ||
            unique_0.outcome.supersededBy === null) &&
          typeof unique_0.outcome.recordedAt === 'string' &&
          (unique_0.outcome.recordedAt.length >= 40 ||
            (unique_0.outcome.recordedAt.length >= 20 &&
              Guard.CodePointCount(unique_0.outcome.recordedAt) >= 20)) &&
          (unique_0.outcome.recordedAt.length <= 30 ||
            (unique_0.outcome.recordedAt.length <= 60 &&
              Guard.CodePointCount(unique_0.outcome.recordedAt) <= 30)) &&
          External[10].test(unique_0.outcome.recordedAt)) ||
          unique_0.outcome === null) &&
        typeof unique_0.updatedAt === 'string' &&
        (unique_0.updatedAt.length >= 40 ||
          (unique_0.updatedAt.length >= 20 && Guard.CodePointCount(unique_0.updatedAt) >= 20)) &&
        (unique_0.updatedAt.length <= 30 ||
          (unique_0.updatedAt.length <= 60 && Guard.CodePointCount(unique_0.updatedAt) <= 30)) &&
        External[11].test(unique_0.updatedAt) &&
        typeof unique_0._deleted === 'boolean',
    );
  return function Check(value) {
    return check_0(value);
  };
})();

/** The answer to a push of notes. */
export const notePushAnswerCheck: Check = (() => {
  const External = [
    new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
    new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
    new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
    new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
    new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
    new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
    new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
    new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
    new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
    new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
    new RegExp('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z$', 'u'),
  ];
  const check_0 = (value) =>
    Array.isArray(value) &&
    value.every(
      (unique_0, index) =>
        typeof unique_0 === 'object' &&
        unique_0 !== null &&
        !Array.isArray(unique_0) &&
        'id' in unique_0 &&
        'partnerId' in unique_0 &&
        'territoryId' in unique_0 &&
        'kind' in unique_0 &&
        'subjectType' in unique_0 &&
        'subjectId' in unique_0 &&
        'actorId' in unique_0 &&
        'at' in unique_0 &&
        'writtenAt' in unique_0 &&
        'text' in unique_0 &&
        'outcome' in unique_0 &&
        'updatedAt' in unique_0 &&
        '_deleted' in unique_0 &&
        Object.getOwnPropertyNames(unique_0).length === 13 &&
        typeof unique_0.id === 'string' &&
        (unique_0.id.length >= 2 ||
          (unique_0.id.length >= 1 && Guard.CodePointCount(unique_0.id) >= 1)) &&
        (unique_0.id.length <= 64 ||
          (unique_0.id.length <= 128 && Guard.CodePointCount(unique_0.id) <= 64)) &&
        External[0].test(unique_0.id) &&
        typeof unique_0.partnerId === 'string' &&
        (unique_0.partnerId.length >= 2 ||
          (unique_0.partnerId.length >= 1 && Guard.CodePointCount(unique_0.partnerId) >= 1)) &&
        (unique_0.partnerId.length <= 64 ||
          (unique_0.partnerId.length <= 128 && Guard.CodePointCount(unique_0.partnerId) <= 64)) &&
        External[1].test(unique_0.partnerId) &&
        typeof unique_0.territoryId === 'string' &&
        (unique_0.territoryId.length >= 2 ||
          (unique_0.territoryId.length >= 1 && Guard.CodePointCount(unique_0.territoryId) >= 1)) &&
        (unique_0.territoryId.length <= 64 ||
          (unique_0.territoryId.length <= 128 &&
            Guard.CodePointCount(unique_0.territoryId) <= 64)) &&
        External[2].test(unique_0.territoryId) &&
        typeof unique_0.kind === 'string' &&
        (unique_0.kind.length <= 7 ||
          (unique_0.kind.length <= 14 && Guard.CodePointCount(unique_0.kind) <= 7)) &&
        (unique_0.kind === 'note' ||
          unique_0.kind === 'call' ||
          unique_0.kind === 'meeting' ||
          unique_0.kind === 'email' ||
          unique_0.kind === 'audit') &&
        typeof unique_0.subjectType === 'string' &&
        (unique_0.subjectType.length <= 7 ||
          (unique_0.subjectType.length <= 14 && Guard.CodePointCount(unique_0.subjectType) <= 7)) &&
        (unique_0.subjectType === 'partner' ||
          unique_0.subjectType === 'deal' ||
          unique_0.subjectType === 'request' ||
          unique_0.subjectType === 'fund' ||
          unique_0.subjectType === 'contact') &&
        typeof unique_0.subjectId === 'string' &&
        (unique_0.subjectId.length >= 2 ||
          (unique_0.subjectId.length >= 1 && Guard.CodePointCount(unique_0.subjectId) >= 1)) &&
        (unique_0.subjectId.length <= 64 ||
          (unique_0.subjectId.length <= 128 && Guard.CodePointCount(unique_0.subjectId) <= 64)) &&
        External[3].test(unique_0.subjectId) &&
        ((typeof unique_0.actorId === 'string' &&
          (unique_0.actorId.length >= 2 ||
            (unique_0.actorId.length >= 1 && Guard.CodePointCount(unique_0.actorId) >= 1)) &&
          (unique_0.actorId.length <= 64 ||
            (unique_0.actorId.length <= 128 && Guard.CodePointCount(unique_0.actorId) <= 64)) &&
          External[4].test(unique_0.actorId)) ||
          unique_0.actorId === null) &&
        typeof unique_0.at === 'string' &&
        (unique_0.at.length >= 40 ||
          (unique_0.at.length >= 20 && Guard.CodePointCount(unique_0.at) >= 20)) &&
        (unique_0.at.length <= 30 ||
          (unique_0.at.length <= 60 && Guard.CodePointCount(unique_0.at) <= 30)) &&
        External[5].test(unique_0.at) &&
        ((typeof unique_0.writtenAt === 'string' &&
          (unique_0.writtenAt.length >= 40 ||
            (unique_0.writtenAt.length >= 20 && Guard.CodePointCount(unique_0.writtenAt) >= 20)) &&
          (unique_0.writtenAt.length <= 30 ||
            (unique_0.writtenAt.length <= 60 && Guard.CodePointCount(unique_0.writtenAt) <= 30)) &&
          External[6].test(unique_0.writtenAt)) ||
          unique_0.writtenAt === null) &&
        typeof unique_0.text === 'string' &&
        (unique_0.text.length <= 4000 ||
          (unique_0.text.length <= 8000 && Guard.CodePointCount(unique_0.text) <= 4000)) &&
        External[7].test(unique_0.text) &&
        ((typeof unique_0.outcome === 'object' &&
          unique_0.outcome !== null &&
          !Array.isArray(unique_0.outcome) &&
          'status' in unique_0.outcome &&
          'reason' in unique_0.outcome &&
          'recordedAt' in unique_0.outcome &&
          Object.getOwnPropertyNames(unique_0.outcome).length === 3 &&
          typeof unique_0.outcome.status === 'string' &&
          (unique_0.outcome.status.length <= 8 ||
            (unique_0.outcome.status.length <= 16 &&
              Guard.CodePointCount(unique_0.outcome.status) <= 8)) &&
          (unique_0.outcome.status === 'accepted' || unique_0.outcome.status === 'refused') &&
          ((typeof unique_0.outcome.reason === 'string' &&
            (unique_0.outcome.reason.length <= 4000 ||
              (unique_0.outcome.reason.length <= 8000 &&
                Guard.CodePointCount(unique_0.outcome.reason) <= 4000)) &&
            External[8].test(unique_0.outcome.reason)) ||
            unique_0.outcome.reason === null) &&
          typeof unique_0.outcome.recordedAt === 'string' &&
          (unique_0.outcome.recordedAt.length >= 40 ||
            (unique_0.outcome.recordedAt.length >= 20 &&
              Guard.CodePointCount(unique_0.outcome.recordedAt) >= 20)) &&
          (unique_0.outcome.recordedAt.length <= 30 ||
            (unique_0.outcome.recordedAt.length <= 60 &&
              Guard.CodePointCount(unique_0.outcome.recordedAt) <= 30)) &&
          External[9].test(unique_0.outcome.recordedAt)) ||
          unique_0.outcome === null) &&
        typeof unique_0.updatedAt === 'string' &&
        (unique_0.updatedAt.length >= 40 ||
          (unique_0.updatedAt.length >= 20 && Guard.CodePointCount(unique_0.updatedAt) >= 20)) &&
        (unique_0.updatedAt.length <= 30 ||
          (unique_0.updatedAt.length <= 60 && Guard.CodePointCount(unique_0.updatedAt) <= 30)) &&
        External[10].test(unique_0.updatedAt) &&
        typeof unique_0._deleted === 'boolean',
    );
  return function Check(value) {
    return check_0(value);
  };
})();

/** An error body. */
export const apiErrorCheck: Check = (() => {
  const External = [new RegExp('(^code$|^message$|^details$)', 'u')];
  const check_0 = (value) =>
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    'code' in value &&
    'message' in value &&
    Object.getOwnPropertyNames(value).every(
      (unique_0, unique_1) => External[0].test(unique_0) || false,
    ) &&
    typeof value.code === 'string' &&
    typeof value.message === 'string' &&
    (value.details === undefined ||
      !('details' in value) ||
      (Array.isArray(value.details) &&
        value.details.every(
          (unique_2, index) =>
            typeof unique_2 === 'object' &&
            unique_2 !== null &&
            !Array.isArray(unique_2) &&
            'path' in unique_2 &&
            'message' in unique_2 &&
            typeof unique_2.path === 'string' &&
            typeof unique_2.message === 'string',
        )));
  return function Check(value) {
    return check_0(value);
  };
})();

/** GET /health. */
export const healthCheck: Check = (() => {
  const External = [new RegExp('^[a-z0-9]+$', 'u')];
  const check_0 = (value) =>
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    'status' in value &&
    'database' in value &&
    'protocolVersion' in value &&
    'version' in value &&
    'storeId' in value &&
    Object.getOwnPropertyNames(value).length === 5 &&
    typeof value.status === 'string' &&
    value.status === 'ok' &&
    ((typeof value.database === 'string' && value.database === 'postgres') ||
      (typeof value.database === 'string' && value.database === 'pglite')) &&
    Number.isInteger(value.protocolVersion) &&
    typeof value.version === 'string' &&
    typeof value.storeId === 'string' &&
    (value.storeId.length >= 2 ||
      (value.storeId.length >= 1 && Guard.CodePointCount(value.storeId) >= 1)) &&
    (value.storeId.length <= 64 ||
      (value.storeId.length <= 128 && Guard.CodePointCount(value.storeId) <= 64)) &&
    External[0].test(value.storeId);
  return function Check(value) {
    return check_0(value);
  };
})();

/** GET /auth/me. */
export const identityCheck: Check = (() => {
  const External = [
    new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
    new RegExp('^[A-Za-z0-9_.:-]+$', 'u'),
    new RegExp('^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', 'u'),
    new RegExp('^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$', 'u'),
  ];
  const check_0 = (value) =>
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    'userId' in value &&
    'role' in value &&
    'territoryIds' in value &&
    'email' in value &&
    'name' in value &&
    Object.getOwnPropertyNames(value).length === 5 &&
    typeof value.userId === 'string' &&
    (value.userId.length >= 2 ||
      (value.userId.length >= 1 && Guard.CodePointCount(value.userId) >= 1)) &&
    (value.userId.length <= 64 ||
      (value.userId.length <= 128 && Guard.CodePointCount(value.userId) <= 64)) &&
    External[0].test(value.userId) &&
    typeof value.role === 'string' &&
    (value.role.length <= 16 ||
      (value.role.length <= 32 && Guard.CodePointCount(value.role) <= 16)) &&
    (value.role === 'cam' ||
      value.role === 'regional_manager' ||
      value.role === 'director' ||
      value.role === 'finance' ||
      value.role === 'deal_desk') &&
    Array.isArray(value.territoryIds) &&
    value.territoryIds.every(
      (unique_0, index) =>
        typeof unique_0 === 'string' &&
        (unique_0.length >= 2 || (unique_0.length >= 1 && Guard.CodePointCount(unique_0) >= 1)) &&
        (unique_0.length <= 64 ||
          (unique_0.length <= 128 && Guard.CodePointCount(unique_0) <= 64)) &&
        External[1].test(unique_0),
    ) &&
    value.territoryIds.length <= 100 &&
    typeof value.email === 'string' &&
    (value.email.length <= 254 ||
      (value.email.length <= 508 && Guard.CodePointCount(value.email) <= 254)) &&
    External[2].test(value.email) &&
    typeof value.name === 'string' &&
    (value.name.length >= 2 || (value.name.length >= 1 && Guard.CodePointCount(value.name) >= 1)) &&
    (value.name.length <= 200 ||
      (value.name.length <= 400 && Guard.CodePointCount(value.name) <= 200)) &&
    External[3].test(value.name);
  return function Check(value) {
    return check_0(value);
  };
})();
