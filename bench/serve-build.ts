/**
 * Serves a build folder until stopped (SIGTERM or SIGINT), printing its address on a line of its
 * own: `node --import tsx bench/serve-build.ts build`. The bench starts it through serveBuild
 * (server.ts).
 */
import { hostBuild } from './server';

const dir = process.argv[2];
if (!dir) {
	console.error('usage: node --import tsx bench/serve-build.ts <build folder>');
	process.exit(2);
}
const host = await hostBuild(dir);
console.log(host.baseUrl);
const stop = () => void host.stop().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
