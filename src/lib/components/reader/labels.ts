/**
 * UI labels for content values: parts of speech, clitic kinds, entity types. Only a word's details
 * use them, so they come with the popover; storage failures are worded in storage-labels.ts.
 */
import type { Clitic, Entity, PartOfSpeech } from '$lib/content/schema';
import { m } from '$lib/paraglide/messages';

export const posLabel: Record<PartOfSpeech, () => string> = {
	noun: m.reader_pos_noun,
	'verbal-noun': m.reader_pos_verbal_noun,
	adjective: m.reader_pos_adjective,
	participle: m.reader_pos_participle,
	verb: m.reader_pos_verb,
	adverb: m.reader_pos_adverb,
	preposition: m.reader_pos_preposition,
	conjunction: m.reader_pos_conjunction,
	particle: m.reader_pos_particle,
	pronoun: m.reader_pos_pronoun,
	demonstrative: m.reader_pos_demonstrative,
	relative: m.reader_pos_relative,
	'proper-noun': m.reader_pos_proper_noun,
	number: m.reader_pos_number
};

export const cliticLabel: Record<Clitic['kind'], () => string> = {
	conjunction: m.reader_pos_conjunction,
	preposition: m.reader_pos_preposition,
	article: m.reader_clitic_article,
	future: m.reader_clitic_future,
	pronoun: m.reader_pos_pronoun,
	particle: m.reader_pos_particle,
	emphasis: m.reader_clitic_emphasis
};

export const entityLabel: Record<Entity['type'], () => string> = {
	person: m.reader_entity_type_person,
	country: m.reader_entity_type_country,
	city: m.reader_entity_type_city,
	region: m.reader_entity_type_region,
	organization: m.reader_entity_type_organization,
	agency: m.reader_entity_type_agency,
	agreement: m.reader_entity_type_agreement
};
