// The Teams app package: built by build-package.mjs into a temp dir, unzipped and checked.
// Run from the repo root:  npm ci --prefix manifest && node --test manifest/test/
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { MANIFEST_DIR, bundledSchemaPath } from '../build-package.mjs';
import { makeIcons } from '../make-icons.mjs';

const require = createRequire(import.meta.url);
const { AppManifestUtils } = require('@microsoft/app-manifest');

const BUILD = join(MANIFEST_DIR, 'build-package.mjs');
const BOT_COMMANDS_CS = join(MANIFEST_DIR, '..', 'src', 'OutreachBot.Host', 'Teams', 'BotCommand.cs');
const APP_ID = '0b6f3c1e-5d2a-4c8e-9f71-2a3b4c5d6e7f';
const BOT_ID = 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b';
const HOST = 'outreachbot.clinic.example';

/**
 * Runs build-package.mjs with only the given environment (plus PATH), never the caller's TEAMS_APP_ID etc.
 * Resolves to {status, stdout, stderr}; asynchronous so the refusal tests run side by side.
 */
function runBuild(args, env = {}) {
  return new Promise((resolve) => {
    execFile(process.execPath, [BUILD, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, ...env } }, (error, stdout, stderr) => {
      resolve({ status: error ? (error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** BotCommands.Listed in BotCommand.cs: [{phrase, what}], in order. */
function listedBotCommands() {
  const source = readFileSync(BOT_COMMANDS_CS, 'utf8');
  const block = /\bListed\s*\{[^}]*\}\s*=\s*\[([\s\S]*?)\];/.exec(source);
  assert.ok(block, `no "Listed { get; } = [ ... ];" in ${BOT_COMMANDS_CS}`);
  const entries = [...block[1].matchAll(/\(\s*"((?:[^"\\]|\\.)*)"\s*,\s*"((?:[^"\\]|\\.)*)"\s*\)/g)];
  assert.ok(entries.length > 0, 'Listed has no ("phrase", "what") entries');
  return entries.map(([, phrase, what]) => ({ phrase, what }));
}

let workDir;
let manifest;
let files;
let buildOutput;

before(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'outreachbot-manifest-'));
  const out = join(workDir, 'outreachbot.zip');
  const run = await runBuild(['--app-id', APP_ID, '--bot-id', BOT_ID, '--host-name', HOST, '--version', '1.2.3', '--out', out]);
  buildOutput = run.stdout + run.stderr;
  assert.equal(run.status, 0, `build-package failed:\n${buildOutput}`);
  const zip = await JSZip.loadAsync(readFileSync(out));
  files = {};
  for (const name of Object.keys(zip.files)) files[name] = await zip.file(name).async('nodebuffer');
  manifest = JSON.parse(files['manifest.json'].toString('utf8'));
});

after(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('app package', () => {
  test('holds manifest.json and the two icons at the zip root, nothing else', () => {
    assert.deepEqual(Object.keys(files).sort(), ['color.png', 'manifest.json', 'outline.png']);
    assert.match(buildOutput, /valid against Teams manifest schema v1\.29 \(0 errors\)/);
  });

  test('manifest.json validates against its bundled schema with zero errors', async () => {
    assert.equal(manifest.manifestVersion, '1.29');
    assert.ok(existsSync(bundledSchemaPath(manifest)), 'the schema is bundled, so validation stays offline');
    const errors = await AppManifestUtils.validateAgainstSchema(manifest);
    assert.deepEqual(errors, []);
  });

  test('every placeholder is filled with the given settings', () => {
    const text = files['manifest.json'].toString('utf8');
    assert.doesNotMatch(text, /\$\{/);
    assert.equal(manifest.id, APP_ID);
    assert.equal(manifest.version, '1.2.3');
    assert.equal(manifest.bots[0].botId, BOT_ID);
    assert.equal(manifest.composeExtensions[0].botId, BOT_ID);
    assert.deepEqual(manifest.validDomains, [HOST]);
    assert.deepEqual(manifest.webApplicationInfo, { id: BOT_ID, resource: `api://${HOST}/botid-${BOT_ID}` });
    for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) {
      assert.equal(new URL(manifest.developer[key]).host, HOST, key);
      assert.equal(new URL(manifest.developer[key]).protocol, 'https:', key);
    }
    assert.match(manifest.accentColor, /^#[0-9A-Fa-f]{6}$/);
  });

  test('the bot is in personal, team and group chat, without files', () => {
    const [bot] = manifest.bots;
    assert.deepEqual([...bot.scopes].sort(), ['groupChat', 'personal', 'team']);
    assert.equal(bot.supportsFiles, false);
  });
});

describe('command lists match BotCommands.Listed in BotCommand.cs', () => {
  const listed = listedBotCommands();
  const what = new Map(listed.map((c) => [c.phrase, c.what]));
  const byScope = () => {
    const scopes = {};
    for (const list of manifest.bots[0].commandLists) {
      for (const scope of list.scopes) {
        assert.ok(!(scope in scopes), `scope ${scope} has two command lists`);
        scopes[scope] = list.commands.map((c) => c.title);
      }
    }
    return scopes;
  };

  test('every command title is a listed phrase and carries its description', () => {
    for (const list of manifest.bots[0].commandLists) {
      for (const command of list.commands) {
        assert.ok(what.has(command.title), `"${command.title}" is not in BotCommands.Listed (${[...what.keys()].join(', ')})`);
        assert.equal(command.description, what.get(command.title), `description of "${command.title}"`);
      }
    }
  });

  test('every listed phrase is offered in some scope', () => {
    const offered = new Set(Object.values(byScope()).flat());
    for (const { phrase } of listed) assert.ok(offered.has(phrase), `"${phrase}" is in no command list`);
  });

  test('personal: summary and help; team: use this channel for referrals and help; group chat has a list', () => {
    const scopes = byScope();
    assert.deepEqual(new Set(scopes.personal), new Set(['summary', 'help']));
    assert.deepEqual(new Set(scopes.team), new Set(['use this channel for referrals', 'help']));
    assert.ok(scopes.groupChat?.includes('help'), 'group chat offers help');
    assert.ok(!scopes.groupChat.includes('use this channel for referrals'), 'the channel command is for team channels only');
    assert.deepEqual(Object.keys(scopes).sort(), [...manifest.bots[0].scopes].sort());
  });
});

describe('message extension', () => {
  test('two action commands on a message that open a dialog from the bot', () => {
    const [extension] = manifest.composeExtensions;
    assert.equal(manifest.composeExtensions.length, 1);
    assert.equal(extension.botId, manifest.bots[0].botId);
    const commands = extension.commands.map(({ id, type, title, context, fetchTask }) => ({ id, type, title, context, fetchTask }));
    assert.deepEqual(commands, [
      { id: 'logReferral', type: 'action', title: 'Log as referral', context: ['message'], fetchTask: true },
      { id: 'logPartnerContact', type: 'action', title: 'Log partner contact', context: ['message'], fetchTask: true },
    ]);
  });
});

describe('icons', () => {
  const read = (name) => PNG.sync.read(files[name]);

  test('color.png is 192x192', () => {
    const png = read('color.png');
    assert.equal(png.width, 192);
    assert.equal(png.height, 192);
  });

  test('outline.png is 32x32, white on a transparent background', () => {
    const png = read('outline.png');
    assert.equal(png.width, 32);
    assert.equal(png.height, 32);
    let transparent = 0;
    let opaque = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b, a] = png.data.subarray(i, i + 4);
      if (a === 0) {
        transparent++;
        continue;
      }
      assert.deepEqual([r, g, b], [255, 255, 255], `pixel ${i / 4} is not white`);
      if (a === 255) opaque++;
    }
    for (const [x, y] of [[0, 0], [31, 0], [0, 31], [31, 31]]) {
      assert.equal(png.data[(y * 32 + x) * 4 + 3], 0, `corner ${x},${y} is transparent`);
    }
    assert.ok(transparent > 32 * 32 * 0.4, `mostly transparent (${transparent} of 1024)`);
    assert.ok(opaque > 50, `has a visible glyph (${opaque} opaque pixels)`);
  });

  test('the committed icons are what make-icons.mjs draws', () => {
    for (const [name, bytes] of Object.entries(makeIcons())) {
      assert.ok(bytes.equals(readFileSync(join(MANIFEST_DIR, name))), `${name} differs: run node manifest/make-icons.mjs`);
    }
  });
});

describe('bad settings are refused', { concurrency: true }, () => {
  const good = { TEAMS_APP_ID: APP_ID, BOT_ID, BOT_HOST_NAME: HOST };
  const refused = async (args, env, pattern) => {
    const out = join(workDir, `refused-${Math.random().toString(16).slice(2)}.zip`);
    const run = await runBuild([...args, '--out', out], env);
    assert.notEqual(run.status, 0, `exit code for ${JSON.stringify({ args, env })}`);
    assert.match(run.stderr, pattern);
    assert.ok(!existsSync(out), 'no zip is written');
  };

  test('the settings can come from the environment alone', async () => {
    const out = join(workDir, 'from-env.zip');
    const run = await runBuild(['--out', out], good);
    assert.equal(run.status, 0, run.stderr);
    assert.ok(existsSync(out));
  });

  test('an app id that is not a GUID', () => refused(['--app-id', 'outreachbot'], good, /app-id.*"outreachbot" is not a GUID/));
  test('a bot id that is not a GUID', () => refused(['--bot-id', `${BOT_ID}x`], good, /bot-id.*is not a GUID/));
  test('a host name with a scheme', () => refused(['--host-name', `https://${HOST}`], good, /has a scheme/));
  test('a host name with a path', () => refused(['--host-name', `${HOST}/api/messages`], good, /has a path/));
  test('a host name with a port', () => refused(['--host-name', `${HOST}:3978`], good, /has a port/));
  test('a single-label host name', () => refused(['--host-name', 'localhost'], good, /not a DNS host name/));
  test('a missing bot id', () => refused([], { TEAMS_APP_ID: APP_ID, BOT_HOST_NAME: HOST }, /bot-id \(BOT_ID\) is missing/));
  test('a version that is not MAJOR.MINOR.PATCH', () => refused(['--version', '1.0'], good, /not MAJOR\.MINOR\.PATCH/));
  test('an unknown option', () => refused(['--app', APP_ID], good, /Unknown option/));
});
