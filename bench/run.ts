/**
 * `npm run bench` runs every benchmark; `npm run bench -- publisher`, `-- redirect`, `-- stats`, `-- upload-memory`,
 * `-- start`, `-- alerts`, `-- sentiment`, `-- ingest`, `-- besttime` or `-- analytics` runs one.
 * Each prints its figures with the ratio to a baseline measured in the same run and appends them to RESULTS.md.
 */
const which = process.argv[2];
if (!which || which === 'redirect') await import('./redirect.js');
if (!which || which === 'publisher') await import('./publisher.js');
if (!which || which === 'stats') await import('./stats.js');
if (!which || which === 'upload-memory') await import('./upload-memory.js');
if (!which || which === 'start') await import('./start.js');
if (!which || which === 'alerts') await import('./alerts.js');
if (!which || which === 'sentiment') await import('./sentiment.js');
if (!which || which === 'ingest') await import('./ingest.js');
if (!which || which === 'besttime') await import('./besttime.js');
if (!which || which === 'analytics') await import('./analytics.js');
