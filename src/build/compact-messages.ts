import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const HELPER = fileURLToPath(new URL('../lib/message.ts', import.meta.url));

/** A template literal that puts in at most the message's inputs as they are (`${i?.name}`). */
const TEXT = '(`(?:[^`\\\\$]|\\\\[\\s\\S]|\\$(?!\\{)|\\$\\{i\\?\\.\\w+\\})*`)';

/**
 * A Paraglide message module (outputStructure "message-modules") whose text in each language is
 * one template, rewritten as one `message({ en: ..., ar: ... })` call (a text, or a function of
 * the inputs it puts in): about 13 bytes gzip less per message, a few hundred messages per page
 * (issue 12). Returns undefined for anything not in exactly that shape (plurals, numbers, another
 * compiler version): that module is left as Paraglide wrote it.
 */
export function compactMessage(code: string): string | undefined {
	// The message, exported as it is declared or renamed after (a key that is not an identifier).
	const declared = /^(export )?const (\w+) = \/\*\* @type \{\(\(inputs\??:/mu.exec(code);
	if (declared === null) return undefined;
	const name = declared[2]!;
	const renamed = new RegExp(String.raw`^export \{ ${name} as "[^"\\]+" \}$`, 'mu').exec(code)?.[0];
	const exports = code.match(/^export /gmu)?.length ?? 0;
	if (exports !== 1 || (declared[1] === undefined) === (renamed === undefined)) return undefined;
	const texts = new Map<string, string>();
	const perLocale = new RegExp(
		String.raw`^const (\w+)_${name} = /\*\* @type \{\(inputs: \w+\) => LocalizedString\} \*/ \((i?)\) => \{\n\treturn /\*\* @type \{LocalizedString\} \*/ \(${TEXT}\)\n\};$`,
		'gmu'
	);
	for (const [, locale, param, text] of code.matchAll(perLocale)) {
		// A text without a parameter cannot use one; one with it becomes a function of it.
		if (param === '' && text!.includes('${')) return undefined;
		texts.set(locale!, param === '' ? text! : `(i) => ${text!}`);
	}
	const dispatch =
		/\(\(inputs(?: = \{\})?, options = \{\}\) => \{\n\tconst locale = experimentalStaticLocale \?\? options\.locale \?\? getLocale\(\)\n((?:\tif \(locale === "\w+"\) return \w+\(inputs\)\n)*)\treturn (\w+)\(inputs\)\n\}\);/u.exec(
			code
		);
	if (dispatch === null) return undefined;
	// Each `if` calls its own locale's function, and every locale's function is called once.
	const branches = [...dispatch[1]!.matchAll(/locale === "(\w+)"\) return (\w+)\(/gu)];
	if (branches.some(([, locale, fn]) => fn !== `${locale}_${name}`)) return undefined;
	const called = [...branches.map(([, , fn]) => fn), dispatch[2]];
	const defined = [...texts.keys()].map((locale) => `${locale}_${name}`);
	if (called.length !== defined.length || !defined.every((fn) => called.includes(fn)))
		return undefined;
	const entries = [...texts].map(([locale, text]) => `${JSON.stringify(locale)}: ${text}`);
	return [
		`import { message } from ${JSON.stringify(HELPER)};`,
		`${declared[1] ?? ''}const ${name} = /* @__PURE__ */ message({ ${entries.join(', ')} });`,
		...(renamed === undefined ? [] : [renamed])
	].join('\n');
}

/** The build's Paraglide message modules, each compacted when it can be. */
export function compactMessages(): Plugin {
	return {
		name: 'fahm-compact-messages',
		apply: 'build',
		transform(code, id) {
			if (!/[\\/]paraglide[\\/]messages[\\/]\w+\.js$/u.test(id)) return;
			const compact = compactMessage(code);
			return compact === undefined ? undefined : { code: compact, map: null };
		}
	};
}
