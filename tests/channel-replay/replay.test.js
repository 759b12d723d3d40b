// Plays the Teams channel against a running OutreachBot: posts Teams-shaped activities (copies of real payloads with
// fictional ids, in fixtures/) to its /api/messages and checks the answers. A second client, independent of the C#
// protocol code. It does not start the bot: OUTREACHBOT_BOT_URL names it (http://127.0.0.1:PORT), running in
// Development with authentication off (tests/OutreachBot.Host.Tests/EndToEnd/ChannelReplayTests.cs starts it and
// runs `node --test tests/channel-replay/`). Its only server is a stand-in connector on 127.0.0.1 that the
// activities name as their serviceUrl, so the bot's replies come back here instead of going anywhere.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');

const botUrl = process.env.OUTREACHBOT_BOT_URL;
const messagesUrl = botUrl ? new URL('/api/messages', botUrl).toString() : null;
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

/** The stand-in connector: records what the bot sends and answers 201 like the real one. */
const sent = [];
const waiters = [];
let connector;
let serviceUrl;

before(async () => {
  assert.ok(botUrl, 'OUTREACHBOT_BOT_URL is not set: give the URL of a running bot (auth off), e.g. http://127.0.0.1:3978');
  connector = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      let body = null;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
      } catch {
        // Recorded as null: the test that waits for it will say so.
      }
      const entry = { method: req.method, path: decodeURIComponent(req.url), body };
      sent.push(entry);
      for (const waiter of [...waiters]) {
        if (waiter.match(entry)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(entry);
        }
      }
      res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `replay-sent-${sent.length}` }));
    });
  });
  await new Promise((resolve) => connector.listen(0, '127.0.0.1', resolve));
  serviceUrl = `http://127.0.0.1:${connector.address().port}/`;
});

after(() => new Promise((resolve) => (connector ? connector.close(resolve) : resolve())));

function waitForSend(match, timeoutMs = 15000) {
  const already = sent.find(match);
  if (already) return Promise.resolve(already);
  return new Promise((resolve, reject) => {
    const waiter = { match, resolve };
    waiters.push(waiter);
    setTimeout(() => {
      const i = waiters.indexOf(waiter);
      if (i >= 0) waiters.splice(i, 1);
      reject(new Error(`the bot sent nothing matching within ${timeoutMs} ms; it sent: ${JSON.stringify(sent.map((s) => s.path))}`));
    }, timeoutMs).unref();
  });
}

/** A fixture with this run's service URL and a fresh activity id (the bot drops redeliveries of an id). */
function fixture(name, id) {
  const text = fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');
  const activity = JSON.parse(text.replaceAll('__SERVICE_URL__', serviceUrl));
  activity.id = id;
  return activity;
}

async function post(body, contentType = 'application/json') {
  const response = await fetch(messagesUrl, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(30000),
  });
  const text = await response.text();
  return { status: response.status, text, json: () => JSON.parse(text) };
}

test('a channel message that @mentions the bot is accepted (202) and answered in its thread', async () => {
  const id = `${run}-mention`;
  const activity = fixture('channel-message-with-mention.json', id);

  const response = await post(activity);

  assert.equal(response.status, 202, `body: ${response.text}`);
  const reply = await waitForSend((s) => s.method === 'POST' && s.body && s.body.replyToId === id);
  assert.equal(reply.path, `/v3/conversations/${activity.conversation.id}/activities`);
  assert.equal(reply.body.type, 'message');
  assert.equal(reply.body.conversation.id, activity.conversation.id);
  assert.equal(reply.body.recipient.id, activity.from.id);
  assert.equal(reply.body.from.id, activity.recipient.id);
});

test('the same activity delivered again is acknowledged but not handled twice', async () => {
  const id = `${run}-redelivered`;
  const activity = fixture('channel-message-with-mention.json', id);

  assert.equal((await post(activity)).status, 202);
  const again = await post(activity);

  assert.equal(again.status, 200, `body: ${again.text}`);
  await waitForSend((s) => s.body && s.body.replyToId === id);
  await new Promise((resolve) => setTimeout(resolve, 500));
  assert.equal(sent.filter((s) => s.body && s.body.replyToId === id).length, 1);
});

test('an adaptiveCard/action invoke is answered inline: 200 with {statusCode, type, value}', async () => {
  const activity = fixture('invoke-adaptive-card-action.json', `f:${run}-invoke`);

  const response = await post(activity);

  assert.equal(response.status, 200, `body: ${response.text}`);
  const body = response.json();
  assert.deepEqual(Object.keys(body).sort(), ['statusCode', 'type', 'value']);
  assert.equal(body.statusCode, 200);
  assert.equal(body.type, 'application/vnd.microsoft.card.adaptive');
  assert.equal(body.value.type, 'AdaptiveCard');
  assert.ok(Array.isArray(body.value.body) && body.value.body.length > 0, 'the card has a body');
});

test('an Action.Execute without a verb is answered 200 with an error response the client shows', async () => {
  const activity = fixture('invoke-adaptive-card-action.json', `f:${run}-noverb`);
  delete activity.value.action.verb;

  const response = await post(activity);

  assert.equal(response.status, 200, `body: ${response.text}`);
  const body = response.json();
  assert.equal(body.statusCode, 400);
  assert.equal(body.type, 'application/vnd.microsoft.error');
  assert.equal(typeof body.value.message, 'string');
});

test('malformed requests are refused with 400 (bad JSON, no conversation, no serviceUrl) and 415 (not JSON)', async () => {
  assert.equal((await post('{"type": "message", "channelId": ')).status, 400);
  assert.equal((await post('[]')).status, 400);

  const noConversation = fixture('channel-message-with-mention.json', `${run}-noconv`);
  delete noConversation.conversation;
  assert.equal((await post(noConversation)).status, 400);

  const noServiceUrl = fixture('channel-message-with-mention.json', `${run}-nourl`);
  delete noServiceUrl.serviceUrl;
  assert.equal((await post(noServiceUrl)).status, 400);

  assert.equal((await post('type=message', 'application/x-www-form-urlencoded')).status, 415);
});
