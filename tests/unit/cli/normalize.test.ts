import { describe, expect, it } from 'vitest';
import { fahm } from './run-fahm';

describe('fahm normalize', { timeout: 60_000 }, () => {
	const text = 'مَسْؤُولٌ  إلى الـمدينة،';
	it('prints input, profile, output and the folds that changed something (standard by default)', async () => {
		const { code, stdout } = await fahm('normalize', text);
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toEqual({
			input: text,
			profile: 'standard',
			output: 'مسوول الى المدينة',
			folds: ['punctuation', 'marks', 'tatweel', 'alef-forms', 'hamza-seats', 'spacing']
		});
	});
	it('takes --profile P or --profile=P, and joins several words', async () => {
		const lenient = JSON.parse(
			(await fahm('normalize', '--profile', 'lenient', 'مسؤول', 'الى')).stdout
		);
		expect(lenient).toMatchObject({ profile: 'lenient', output: 'مسوول الي', input: 'مسؤول الى' });
		expect(lenient.folds).toEqual(['hamza-seats', 'alef-maqsura']);
		const strict = JSON.parse((await fahm('normalize', '--profile=strict', '٢٠٢٣\u200F')).stdout);
		expect(strict).toMatchObject({ output: '2023', folds: ['invisible', 'digits'] });
	});
	it('an unknown profile or no text is a usage error', async () => {
		const bad = await fahm('normalize', '--profile', 'loose', 'نص');
		expect(bad.code).toBe(2);
		expect(bad.stderr).toContain('strict, standard or lenient');
		expect((await fahm('normalize')).code).toBe(2);
	});
});
