import { runTokenCommand } from './token-command';

/** `npm run token -- --user <id>`: an access token for the development provider (docs/auth.md). */
runTokenCommand(process.argv.slice(2), process.env, {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then(
  (exitCode) => {
    process.exitCode = exitCode;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
