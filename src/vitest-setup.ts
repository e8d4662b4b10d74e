import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/svelte';

// Some parts load on first use (the on-screen keyboard's keys, a kind's editor, the schema):
// on a busy CI machine that takes longer than findBy's default second.
configure({ asyncUtilTimeout: 10_000 });
