/**
 * The build swaps each Paraglide message that is one template for one `message({...})` call
 * (issue 12).
 * Checked against every message the app has: the compact form answers exactly as Paraglide's in
 * each language, and anything else is left as Paraglide wrote it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compile } from '@inlang/paraglide-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactMessage } from '../../../src/build/compact-messages';
import { message } from '../../../src/lib/message';
import { m } from '../../../src/lib/paraglide/messages';
import { locales } from '../../../src/lib/paraglide/runtime';

// The build's form of the messages, one module each (tests run on Paraglide's dev form, one
// module per language), compiled from the app's project into a scratch folder.
const outdir = mkdtempSync(join(tmpdir(), 'fahm-messages-'));
let modules: { name: string; code: string }[] = [];
beforeAll(async () => {
	await compile({
		project: resolve(import.meta.dirname, '../../../project.inlang'),
		outdir,
		outputStructure: 'message-modules'
	});
	const dir = join(outdir, 'messages');
	modules = readdirSync(dir)
		.filter((file) => file.endsWith('.js') && file !== '_index.js')
		.map((file) => ({ name: file.slice(0, -3), code: readFileSync(join(dir, file), 'utf8') }));
}, 60_000);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

const messages = m as unknown as Record<string, (inputs?: object, options?: object) => string>;

/** The compacted message, made as the build makes it from the call the module holds. */
function compiled(compact: string) {
	const texts = /message\((\{[\s\S]*\})\);(?:\n|$)/u.exec(compact)![1]!;
	return message(new Function(`return (${texts});`)() as Parameters<typeof message>[0]);
}

/** One made-up value for each input a module declares (`@typedef {{ count: ... }} XInputs`). */
function inputsOf(code: string): Record<string, string> {
	const declared = /@typedef \{\{(.*)\}\} \w+Inputs \*\//u.exec(code)![1]!;
	const names = [...declared.matchAll(/(\w+): /gu)].map(([, name]) => name!);
	return Object.fromEntries(names.map((name) => [name, `«${name}»`]));
}

describe('compactMessage', () => {
	// Plural and number formatting go through Paraglide's registry: those are not one template.
	const templated = () => modules.filter(({ code }) => !code.includes('registry.'));

	it('compacts every message that is one template, each saying what it said in every language', () => {
		const compacted = templated();
		expect(compacted.length).toBeGreaterThan(600);
		expect(
			compacted.filter(({ code }) => Object.keys(inputsOf(code)).length > 0).length
		).toBeGreaterThan(100);
		for (const { name, code } of compacted) {
			const compact = compactMessage(code);
			expect(compact, name).toBeDefined();
			// The key it is exported under: its name, or a name that is not an identifier.
			const key = /^export \{ \w+ as "(.+)" \}$/mu.exec(code)?.[1] ?? name;
			expect(compact, name).toMatch(key === name ? `export const ${name} = ` : `as "${key}"`);
			const inputs = inputsOf(code);
			const made = compiled(compact!);
			for (const locale of locales)
				expect(made(inputs, { locale }), `${name} (${locale})`).toBe(
					messages[key]!(inputs, { locale })
				);
		}
	});

	it('leaves counted and formatted messages as they are', () => {
		const formatted = modules.filter((module) => !templated().includes(module));
		expect(formatted.map((module) => module.name)).toContain('lesson_words');
		for (const { name, code } of formatted) expect(compactMessage(code), name).toBeUndefined();
	});

	it('leaves a module alone when it is not exactly the shape it knows', () => {
		const { code } = modules.find((module) => module.name === 'reader_translate_sentence')!;
		expect(compactMessage(code)).toBeDefined();
		// A text that computes something, a second export, a branch calling another language's
		// text, a language's text missing.
		expect(compactMessage(code.replace('${i?.number}', '${i?.number + 1}'))).toBeUndefined();
		expect(compactMessage(`${code}\nexport const other = 1;`)).toBeUndefined();
		expect(
			compactMessage(
				code.replace('return ar_reader_translate_sentence', 'return en_reader_translate_sentence')
			)
		).toBeUndefined();
		expect(
			compactMessage(code.replace(/^const ar_reader_translate_sentence[\s\S]*?\n\};\n/mu, ''))
		).toBeUndefined();
		const { code: plain } = modules.find((module) => module.name === 'home_title')!;
		expect(compactMessage(plain)).toBeDefined();
		expect(compactMessage(plain.replace(/\(`/u, '(`${i?.title}'))).toBeUndefined();
	});
});

describe('message', () => {
	const title = message({ en: 'Lessons', ar: 'الدروس' });

	it('answers in the language asked for, else the page language', () => {
		expect(title({}, { locale: 'ar' })).toBe('الدروس');
		expect(title({}, { locale: 'en' })).toBe('Lessons');
		expect(title()).toBe(m.home_title());
	});
});
