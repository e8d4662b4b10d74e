import { clickToFeedback } from './click-to-feedback';
import { clickToPopover } from './click-to-popover';
import { dashboard } from './dashboard';
import { firstLoad } from './first-load';
import { grading } from './grading';
import { lighthouseScores } from './lighthouse';
import type { BenchMeasure } from './measure';
import { offlineReload } from './offline-reload';
import { precache } from './precache';
import { progressData } from './progress-data';
import { readerScale } from './reader-scale';
import { shell } from './shell';
import { textToLesson } from './text-to-lesson';

/** Every measure, in report order. A new one is a module in this folder and a line here. */
export const MEASURES: readonly BenchMeasure[] = [
	firstLoad,
	shell,
	precache,
	lighthouseScores,
	offlineReload,
	clickToFeedback,
	clickToPopover,
	readerScale,
	grading,
	textToLesson,
	dashboard,
	progressData
];
