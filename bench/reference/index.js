// The reference for bench/OutreachBot.Bench: a minimal echo bot on the JS Bot Framework SDK (botbuilder 4.23.3,
// CloudAdapter) on node's plain http server. It echoes messages (awaiting the send to the connector, as botbuilder
// does inside the turn) and answers an adaptiveCard/action invoke inline with a small card.
//
// Inbound authentication is ON, the way a deployed bot runs it, but against a local OpenID metadata server:
// BotFrameworkAuthenticationFactory.create() with a ToBotFromChannelOpenIdMetadataUrl takes the parameterized path
// (ParameterizedBotFrameworkAuthentication), which validates the RS256 signature against that JWKS, the issuer
// (https://api.botframework.com), the audience (isValidAppId), the key's endorsements for the channel and the
// serviceurl claim. Outbound calls carry no token (the local stub connector checks none).
//
// Settings (environment): BENCH_PORT, BENCH_APP_ID, BENCH_OPENID_METADATA_URL. Listens on 127.0.0.1 only.
'use strict';

const http = require('node:http');
const { ActivityHandler, CloudAdapter } = require('botbuilder');
const {
  AuthenticationConfiguration,
  AuthenticationConstants,
  BotFrameworkAuthenticationFactory,
  ServiceClientCredentialsFactory,
} = require('botframework-connector');

const port = Number(process.env.BENCH_PORT || 3979);
const appId = required('BENCH_APP_ID');
const metadataUrl = required('BENCH_OPENID_METADATA_URL');

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is not set`);
    process.exit(2);
  }
  return value;
}

/** Accepts tokens for the bench app id only; outbound requests go unsigned to the local stub connector. */
class BenchCredentialsFactory extends ServiceClientCredentialsFactory {
  async isValidAppId(id) {
    return id === appId;
  }

  async isAuthenticationDisabled() {
    return false;
  }

  async createCredentials() {
    return { signRequest: async (request) => request };
  }
}

const auth = BotFrameworkAuthenticationFactory.create(
  '', // channelService: public cloud shape
  true, // validateAuthority
  AuthenticationConstants.ToChannelFromBotLoginUrl, // not called: the credentials factory above makes no token
  AuthenticationConstants.ToChannelFromBotOAuthScope,
  AuthenticationConstants.ToBotFromChannelTokenIssuer, // https://api.botframework.com
  AuthenticationConstants.OAuthUrl,
  metadataUrl, // ToBotFromChannelOpenIdMetadataUrl: the local metadata server
  metadataUrl, // ToBotFromEmulatorOpenIdMetadataUrl: unused (no emulator tokens)
  'urn:botframework:azure',
  new BenchCredentialsFactory(),
  new AuthenticationConfiguration(),
);

const adapter = new CloudAdapter(auth);
adapter.onTurnError = async (context, error) => {
  console.error(`turn failed: ${error && error.message}`);
};

const card = {
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body: [{ type: 'TextBlock', text: 'Done.', wrap: true }],
};

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Echo: ${context.activity.text || ''}`);
      await next();
    });
  }

  async onAdaptiveCardInvoke(_context, _invokeValue) {
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
  }
}

const bot = new EchoBot();

// The small part of express/restify that CloudAdapter.process uses.
function shimResponse(res) {
  let body;
  return {
    socket: res.socket,
    status(code) {
      res.statusCode = code;
    },
    header(name, value) {
      res.setHeader(name, value);
    },
    send(value) {
      body = value;
    },
    end() {
      if (body === undefined) {
        res.end();
      } else if (typeof body === 'string' || Buffer.isBuffer(body)) {
        res.end(body);
      } else {
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(JSON.stringify(body));
      }
    },
  };
}

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/healthz') {
    res.end('ok');
    return;
  }
  if (req.method !== 'POST' || req.url !== '/api/messages') {
    res.statusCode = 404;
    res.end();
    return;
  }
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.statusCode = 400;
      res.end();
      return;
    }
    adapter.process({ body, headers: req.headers, method: req.method }, shimResponse(res), (context) => bot.run(context))
      .catch((error) => {
        if (!res.headersSent) {
          res.statusCode = 500;
        }
        res.end();
        console.error(`process failed: ${error && error.message}`);
      });
  });
});

server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1', () => console.log(`reference bot listening on http://127.0.0.1:${port}/api/messages`));

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
