// Builds the Teams app package: fills manifest.template.json, validates it offline against the Teams manifest schema
// bundled in npm @microsoft/app-manifest, checks the icons and writes a zip with manifest.json, color.png and
// outline.png at its root.
//
//   node manifest/build-package.mjs --app-id GUID --bot-id GUID --host-name bot.contoso.example \
//       [--version 1.0.0] [--out manifest/build/outreachbot.zip]
//
// Settings not given as options are read from TEAMS_APP_ID, BOT_ID, BOT_HOST_NAME and APP_VERSION.
// Exit codes: 0 written, 1 the manifest or an icon is invalid, 2 bad or missing settings.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import JSZip from 'jszip';
import { PNG } from 'pngjs';

const require = createRequire(import.meta.url);

export const MANIFEST_DIR = dirname(fileURLToPath(import.meta.url));
export const TEMPLATE_PATH = join(MANIFEST_DIR, 'manifest.template.json');
export const DEFAULT_OUT = join(MANIFEST_DIR, 'build', 'outreachbot.zip');
export const ICONS = { 'color.png': 192, 'outline.png': 32 };

/** A settings problem (exit code 2) or an invalid manifest/icon (exit code 1). */
export class PackageError extends Error {
  constructor(message, exitCode) {
    super(message);
    this.exitCode = exitCode;
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DNS_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const VERSION = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;

export function checkGuid(name, value) {
  if (!value) throw new PackageError(`${name} is missing.`, 2);
  if (!GUID.test(value)) {
    throw new PackageError(`${name} "${value}" is not a GUID (expected xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, hex digits).`, 2);
  }
  return value.toLowerCase();
}

/** A bare public host name: no scheme, port, path or wildcard; at least two labels. */
export function checkHostName(value) {
  const name = '--host-name (BOT_HOST_NAME)';
  if (!value) throw new PackageError(`${name} is missing.`, 2);
  const hint = 'give the bare host name, e.g. bot.contoso.example';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    throw new PackageError(`${name} "${value}" has a scheme: ${hint}.`, 2);
  }
  if (/[/?#@]/.test(value)) throw new PackageError(`${name} "${value}" has a path, query or user part: ${hint}.`, 2);
  if (value.includes(':')) throw new PackageError(`${name} "${value}" has a port: Teams reaches the bot on 443; ${hint}.`, 2);
  const host = value.toLowerCase().replace(/\.$/, '');
  const labels = host.split('.');
  if (host.length > 253 || labels.length < 2 || !labels.every((l) => DNS_LABEL.test(l)) || /^[0-9.]+$/.test(host)) {
    throw new PackageError(`${name} "${value}" is not a DNS host name with at least two labels: ${hint}.`, 2);
  }
  return host;
}

export function checkVersion(value) {
  if (!VERSION.test(value)) {
    throw new PackageError(`--version (APP_VERSION) "${value}" is not MAJOR.MINOR.PATCH (digits only, e.g. 1.0.0).`, 2);
  }
  return value;
}

/** Replaces ${NAME} in every string of the template; refuses a placeholder it has no value for. */
export function fillTemplate(template, values) {
  const fill = (node) => {
    if (typeof node === 'string') {
      return node.replace(/\$\{([A-Z_]+)\}/g, (whole, key) => {
        if (!(key in values)) throw new PackageError(`The template uses \${${key}}, which has no value.`, 1);
        return values[key];
      });
    }
    if (Array.isArray(node)) return node.map(fill);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fill(v)]));
    return node;
  };
  return fill(template);
}

/**
 * The bundled schema file for the manifest's $schema, so validation never goes to the network
 * (AppManifestUtils.validateAgainstSchema downloads any schema URL it does not ship).
 */
export function bundledSchemaPath(manifest) {
  const url = manifest.$schema ?? '';
  const m = /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}-[a-z]{2}\/)?(json-schemas\/teams\/v(\d+\.\d+)\/MicrosoftTeams\.schema\.json)$/i.exec(url);
  if (!m) throw new PackageError(`$schema "${url}" is not a Teams manifest schema URL.`, 1);
  if (m[2] !== manifest.manifestVersion) {
    throw new PackageError(`$schema is v${m[2]} but manifestVersion is "${manifest.manifestVersion}".`, 1);
  }
  const packageDir = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const file = join(packageDir, 'build', m[1]);
  if (!existsSync(file)) {
    throw new PackageError(`@microsoft/app-manifest does not bundle schema v${m[2]}; refusing to download it.`, 1);
  }
  return file;
}

/** Schema errors as "path message" lines; an empty array when the manifest is valid. */
export async function validateManifest(manifest) {
  bundledSchemaPath(manifest);
  // Loaded here, not at the top: it takes about a second, and refusing bad settings should not wait for it.
  const { AppManifestUtils } = require('@microsoft/app-manifest');
  return AppManifestUtils.validateAgainstSchema(manifest);
}

/** Size, colour type and (for the outline icon) transparency and white-only pixels. */
export function checkIcon(name, bytes) {
  const size = ICONS[name];
  let png;
  try {
    png = PNG.sync.read(bytes);
  } catch (e) {
    throw new PackageError(`${name} is not a readable PNG: ${e.message}`, 1);
  }
  if (png.width !== size || png.height !== size) {
    throw new PackageError(`${name} is ${png.width}x${png.height}; Teams wants ${size}x${size}.`, 1);
  }
  if (name === 'outline.png') {
    let transparent = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b, a] = png.data.subarray(i, i + 4);
      if (a === 0) transparent++;
      else if (r !== 255 || g !== 255 || b !== 255) {
        throw new PackageError(`${name} has a pixel that is neither transparent nor white (rgba ${r},${g},${b},${a}).`, 1);
      }
    }
    if (transparent === 0) throw new PackageError(`${name} has no transparent background.`, 1);
  }
  return png;
}

export function readSettings(argv, env) {
  const { values } = parseArgs({
    args: argv,
    options: {
      'app-id': { type: 'string' },
      'bot-id': { type: 'string' },
      'host-name': { type: 'string' },
      version: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  return {
    help: values.help ?? false,
    appId: values['app-id'] ?? env.TEAMS_APP_ID,
    botId: values['bot-id'] ?? env.BOT_ID,
    hostName: values['host-name'] ?? env.BOT_HOST_NAME,
    version: values.version ?? env.APP_VERSION ?? '1.0.0',
    out: values.out ? resolve(values.out) : DEFAULT_OUT,
  };
}

/** Builds and writes the package; returns {manifest, out, bytes}. Throws PackageError. */
export async function buildPackage(settings) {
  const values = {
    APP_ID: checkGuid('--app-id (TEAMS_APP_ID)', settings.appId),
    BOT_ID: checkGuid('--bot-id (BOT_ID)', settings.botId),
    HOST_NAME: checkHostName(settings.hostName),
    APP_VERSION: checkVersion(settings.version),
  };
  const manifest = fillTemplate(JSON.parse(readFileSync(TEMPLATE_PATH, 'utf8')), values);

  const errors = await validateManifest(manifest);
  if (errors.length > 0) {
    throw new PackageError(`manifest.json does not match Teams schema v${manifest.manifestVersion}:\n  ${errors.join('\n  ')}`, 1);
  }

  const icons = {};
  for (const [role, file] of Object.entries(manifest.icons)) {
    if (!(file in ICONS)) throw new PackageError(`icons.${role} is "${file}"; expected one of ${Object.keys(ICONS).join(', ')}.`, 1);
    icons[file] = readFileSync(join(MANIFEST_DIR, file));
    checkIcon(file, icons[file]);
  }

  // Fixed timestamps so the same inputs give the same zip.
  const date = new Date(Date.UTC(2020, 0, 1));
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date });
  for (const [file, bytes] of Object.entries(icons)) zip.file(file, bytes, { date });
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
  mkdirSync(dirname(settings.out), { recursive: true });
  writeFileSync(settings.out, bytes);
  return { manifest, out: settings.out, bytes };
}

const USAGE = `usage: node manifest/build-package.mjs --app-id GUID --bot-id GUID --host-name HOST [--version X.Y.Z] [--out FILE]
  --app-id     the Teams app's id (env TEAMS_APP_ID)
  --bot-id     the bot's Microsoft App ID, its Entra app registration (env BOT_ID)
  --host-name  the bot's public host name, no scheme (env BOT_HOST_NAME)
  --version    the app package version, default 1.0.0 (env APP_VERSION)
  --out        the zip to write, default manifest/build/outreachbot.zip`;

async function main() {
  let settings;
  try {
    settings = readSettings(process.argv.slice(2), process.env);
  } catch (e) {
    console.error(`build-package: ${e.message}\n${USAGE}`);
    return 2;
  }
  if (settings.help) {
    console.log(USAGE);
    return 0;
  }
  try {
    const { manifest, out, bytes } = await buildPackage(settings);
    console.log(`build-package: manifest.json is valid against Teams manifest schema v${manifest.manifestVersion} (0 errors)`);
    const shown = relative(process.cwd(), out);
    console.log(`build-package: wrote ${shown.startsWith('..') ? out : shown} (${bytes.length} bytes): manifest.json, ${Object.keys(ICONS).join(', ')}`);
    return 0;
  } catch (e) {
    if (e instanceof PackageError) {
      console.error(`build-package: ${e.message}`);
      if (e.exitCode === 2) console.error(USAGE);
      return e.exitCode;
    }
    throw e;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main();
}
