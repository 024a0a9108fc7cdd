import { parseArgs } from 'node:util';
import { addToken, readTokenFile, revokeToken } from './access-tokens';
import { DEFAULT_TOKEN_FILE } from './token-file';

const HELP = `Usage: npm run api:token -- add NAME | revoke ID | list  [--file FILE]

Access tokens for the API server (npm run api). Only each token's SHA-256 is kept, in
.api/tokens.json (git-ignored) unless --file says otherwise; the server reads the file again when it
changes, so adding or revoking takes effect on the next request.

  add NAME    make a token for NAME (a person or a service) and print it once: hand it over now,
              it cannot be shown again
  revoke ID   revoke a token by its id (kept in the file, marked with the time it was revoked)
  list        the tokens' ids, names, and when they were made or revoked`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { file: { type: 'string' }, help: { type: 'boolean', default: false } } });
  const file = values.file ?? DEFAULT_TOKEN_FILE;
  const [command, argument] = positionals;
  if (values.help || command === undefined) {
    console.log(HELP);
    return values.help ? 0 : 2;
  }
  if (command === 'add' && argument) {
    const { record, token } = await addToken(file, argument, new Date());
    console.log(`Token ${record.id} for ${record.name}:\n\n  ${token}\n\nHand it over now: only its hash is kept (${file}).`);
    return 0;
  }
  if (command === 'revoke' && argument) {
    if (await revokeToken(file, argument, new Date())) {
      console.log(`Revoked ${argument}.`);
      return 0;
    }
    console.error(`No live token has the id ${argument} (npm run api:token -- list).`);
    return 1;
  }
  if (command === 'list') {
    const records = await readTokenFile(file);
    if (!records.length) console.log(`No tokens in ${file}.`);
    for (const { id, name, createdAt, revokedAt } of records) console.log(`${id}\t${name}\tmade ${createdAt}${revokedAt ? `\trevoked ${revokedAt}` : ''}`);
    return 0;
  }
  console.error(HELP);
  return 2;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(2);
  },
);
