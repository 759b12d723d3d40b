// Checks what infra/main.bicep would deploy, offline: test.sh runs `bicep snapshot infra/test/sample.bicepparam`
// (Bicep evaluates the template with the sample parameters into infra/test/sample.snapshot.json), then this file.
// Run alone: node --test infra/test/   (after the snapshot step of ./test.sh).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const snapshot = JSON.parse(readFileSync(process.env.INFRA_SNAPSHOT ?? path.join(here, 'sample.snapshot.json'), 'utf8'));
const resources = snapshot.predictedResources;
const one = (type) => {
  const found = resources.filter((r) => r.type === type);
  assert.equal(found.length, 1, `expected one ${type}, found ${found.length}`);
  return found[0];
};
const site = one('Microsoft.Web/sites');
const settings = Object.fromEntries(site.properties.siteConfig.appSettings.map((s) => [s.name, s.value]));

test('the snapshot has no diagnostics', () => {
  assert.deepEqual(snapshot.diagnostics, []);
});

test('storage: shared-key access off, TLS 1.2, HTTPS only, no public blobs', () => {
  const p = one('Microsoft.Storage/storageAccounts').properties;
  assert.equal(p.allowSharedKeyAccess, false);
  assert.equal(p.minimumTlsVersion, 'TLS1_2');
  assert.equal(p.supportsHttpsTrafficOnly, true);
  assert.equal(p.allowBlobPublicAccess, false);
});

test('role assignments: Table Data Contributor and Key Vault Secrets User for the bot, plus the deployer', () => {
  const roles = resources.filter((r) => r.type === 'Microsoft.Authorization/roleAssignments')
    .map((r) => r.properties.roleDefinitionId.split('/').pop()).sort();
  assert.deepEqual(roles, [
    '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3', // Storage Table Data Contributor: bot
    '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3', // and deployer (export, backup)
    '4633458b-17de-408a-b874-0445c86b69e6', // Key Vault Secrets User: bot
    'b86a8fe4-44ce-4948-aee5-eccb2c155cd7', // Key Vault Secrets Officer: deployer
  ]);
});

test('key vault: RBAC, purge protection', () => {
  const p = one('Microsoft.KeyVault/vaults').properties;
  assert.equal(p.enableRbacAuthorization, true);
  assert.equal(p.enablePurgeProtection, true);
});

test('web app: Linux .NET 10, always on, HTTPS only, health check, user-assigned identity, no basic auth', () => {
  assert.equal(site.kind, 'app,linux');
  assert.equal(site.properties.httpsOnly, true);
  const c = site.properties.siteConfig;
  assert.equal(c.linuxFxVersion, 'DOTNETCORE|10.0');
  assert.equal(c.alwaysOn, true);
  assert.equal(c.healthCheckPath, '/healthz');
  assert.equal(c.ftpsState, 'Disabled');
  assert.equal(site.identity.type, 'UserAssigned');
  assert.equal(site.tags['azd-service-name'], 'bot');
  const basic = resources.filter((r) => r.type === 'Microsoft.Web/sites/basicPublishingCredentialsPolicies');
  assert.deepEqual(basic.map((r) => r.properties.allow), [false, false]);
  assert.equal(one('Microsoft.Web/serverfarms').properties.reserved, true);
});

test('azure bot: single tenant through the managed identity, Teams and Microsoft 365 channels', () => {
  const bot = one('Microsoft.BotService/botServices');
  assert.equal(bot.properties.msaAppType, 'UserAssignedMSI');
  assert.equal(bot.properties.msaAppTenantId, '00000000-0000-0000-0000-000000000001');
  assert.equal(bot.properties.endpoint, `https://${site.name}.azurewebsites.net/api/messages`);
  const channels = resources.filter((r) => r.type === 'Microsoft.BotService/botServices/channels')
    .map((r) => r.properties.channelName).sort();
  assert.deepEqual(channels, ['M365Extensions', 'MsTeamsChannel']);
});

test('app settings: the bot runs as its identity, with no secret in a setting', () => {
  assert.equal(settings.ASPNETCORE_ENVIRONMENT, 'Production');
  assert.equal(settings.Bot__UseManagedIdentity, 'true');
  assert.equal(settings.Bot__TenantId, '00000000-0000-0000-0000-000000000001');
  for (const name of ['Bot__AppId', 'Graph__ClientId', 'AZURE_CLIENT_ID']) {
    assert.match(settings[name], /userAssignedIdentities\/.+\.clientId/, name);
  }
  assert.match(settings.Storage__TableServiceUri, /primaryEndpoints\.table/);
  assert.equal(settings.Storage__ConnectionString, undefined);
  assert.equal(settings.Bot__ClientSecret, undefined);
  assert.equal(settings.Graph__ClientSecret, undefined);
  assert.match(settings.Graph__Notifications__ClientState, /^\[string\(format\('@Microsoft\.KeyVault\(SecretUri=/);
  assert.match(settings.APPLICATIONINSIGHTS_CONNECTION_STRING, /ConnectionString/);
});

test('app settings: staff and clinicians from the parameters, one setting per list entry', () => {
  assert.equal(settings.Staff__Clinicians__0__Id, 'a@x.example');
  assert.equal(settings.Staff__Clinicians__0__Pathways__0, 'Hand');
  assert.equal(settings.Staff__Clinicians__0__Pathways__1, 'Adult');
  assert.equal(settings.Staff__Clinicians__1__Pathways__0, 'Pediatric');
  assert.equal(settings.Staff__Clinicians__2__Id, 'c@x.example');
  assert.equal(settings.Staff__Clinicians__2__Pathways__0, undefined);
  assert.equal(settings.Staff__IntakeStaff__1, 'i2@x.example');
  assert.equal(settings.Staff__Owners__0, 'owner@x.example');
  assert.equal(settings.Graph__Mail__Mailboxes__0__User, 'referrals@x.example');
  assert.equal(settings.Graph__Mail__Enabled, 'true');
});

// Every setting the template writes must be one the app reads: named in the README's configuration table (list
// entries by their list's name), or one of the platform's own variables.
test('app settings: every name is a documented setting', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const documented = new Set([...readme.matchAll(/`([A-Za-z]+(?::[A-Za-z]+)+)`/g)].map((m) => m[1]));
  const platform = new Set(['ASPNETCORE_ENVIRONMENT', 'AZURE_CLIENT_ID', 'APPLICATIONINSIGHTS_CONNECTION_STRING', 'WEBSITE_TIME_ZONE']);
  const undocumentedButRead = new Set();
  for (const name of Object.keys(settings)) {
    if (platform.has(name)) continue;
    const key = name.split('__').filter((part) => !/^\d+$/.test(part)).join(':');
    const listOf = key.replace(/:(Id|Pathways|User)$/, '');
    assert.ok(documented.has(key) || documented.has(listOf) || undocumentedButRead.has(key), `${name} is not a documented setting`);
  }
});
