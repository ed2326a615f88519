import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, it } from 'node:test';
import i18n, { type TFunction } from 'i18next';
import { conditionOf, draftFieldOf, draftOf, emptyDraft, flagOf, summarize } from './conditions';

const here = dirname(fileURLToPath(import.meta.url));
const load = (lng: string) => JSON.parse(readFileSync(join(here, '..', '..', 'i18n', `${lng}.json`), 'utf8')) as object;
let en: TFunction;
let fr: TFunction;

before(async () => {
  const instance = i18n.createInstance();
  await instance.init({ resources: { en: { translation: load('en') }, fr: { translation: load('fr') } }, lng: 'en', interpolation: { escapeValue: false } });
  en = instance.getFixedT('en');
  fr = instance.getFixedT('fr');
});

it('says whom a condition is for, in English and French', () => {
  assert.equal(summarize({ climate: 'hot' }, en, 'en'), 'where it is hot now');
  assert.equal(summarize({ climate: 'hot' }, fr, 'fr'), 'là où il fait chaud en ce moment');
  const brazil = { all: [{ country: { in: ['BR', 'PT'] } }, { ageMin: 18 }, { genders: ['female'] }] };
  assert.equal(summarize(brazil, en, 'en'), 'in Brazil and Portugal · aged 18 and over · women');
  assert.equal(summarize(brazil, fr, 'fr'), 'pays : Brésil et Portugal · 18 ans et plus · femmes');
  const europe = { country: { in: ['FR', 'DE', 'IT', 'ES', 'PT', 'BE'] } };
  assert.equal(summarize(europe, en, 'en'), 'in France, Germany, Italy, Spain and 2 more');
  assert.equal(summarize({ any: [{ language: { in: ['fr'] } }, { not: { country: { notIn: ['CA'] } } }] }, en, 'en'), 'either speaking French or not outside Canada');
  assert.equal(summarize({ localTime: { from: '17:00', to: '22:00' } }, en, 'en'), 'between 17:00 and 22:00 local time');
  assert.equal(summarize({ mystery: 1 }, en, 'en'), '{"mystery":1}', 'what it cannot read is shown as it is');
});

it('edits the common cases in the simple form and back, unchanged', () => {
  const cases: unknown[] = [
    { climate: 'hot' },
    { climate: { in: ['hot', 'mild'] } },
    { country: { in: ['FR', 'BE'] } },
    { all: [{ country: { in: ['BR'] } }, { language: { in: ['pt'] } }, { ageMin: 18 }, { ageMax: 34 }, { genders: ['female', 'male'] }, { interests: ['Surf', 'Coffee beans'] }] },
  ];
  for (const when of cases) assert.deepEqual(conditionOf(draftOf(when)!), when, JSON.stringify(when));
  assert.equal(conditionOf(emptyDraft()), null, 'nothing chosen');
  assert.deepEqual(conditionOf({ ...emptyDraft(), countries: 'fr  be;ch', ageMin: '7' }), { all: [{ country: { in: ['FR', 'BE', 'CH'] } }, { ageMin: 7 }] });
});

it('leaves to the JSON box what the simple form cannot show exactly', () => {
  for (const when of [
    { country: { notIn: ['FR'] } },
    { language: { in: ['fr'], top: 2 } },
    { any: [{ climate: 'hot' }] },
    { not: { climate: 'hot' } },
    { localTime: { from: '09:00', to: '17:00' } },
    { all: [{ country: { in: ['FR'] } }, { country: { in: ['BE'] } }] },
    { all: [{ all: [{ climate: 'hot' }] }] },
  ]) {
    assert.equal(draftOf(when), null, JSON.stringify(when));
  }
});

it('places a server error at the field its path names', () => {
  assert.equal(draftFieldOf('when.country.in.0'), 'countries');
  assert.equal(draftFieldOf('when.all.1.ageMax'), 'ageMax');
  assert.equal(draftFieldOf('when.all.2.climate'), 'climates');
  assert.equal(draftFieldOf('when.any.1.ageMin'), null);
  assert.equal(draftFieldOf('when'), null);
});

it('draws flags from country codes', () => {
  assert.equal(flagOf('fr'), '🇫🇷');
  assert.equal(flagOf('US-CA'), 'US-CA');
});
