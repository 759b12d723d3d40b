#!/bin/sh
# azd postprovision hook (azure.yaml). azd runs it after `azd provision` / `azd up` with the deployment's outputs
# (infra/main.bicep) in the environment. Idempotent: safe to run again by hand with `azd hooks run postprovision`.
#  1. Key Vault secret graph-notifications-client-state: created once with 48 random bytes; never overwritten here
#     (rotate-notifications-secret.sh rotates it). The app reads it through a Key Vault reference.
#  2. TEAMS_APP_ID: the Teams app's own id, generated once and kept in the azd environment, so that every package
#     you upload is a new version of the same app.
#  3. The Teams app package manifest/build/outreachbot.zip for this bot id and host name.
set -eu
cd "$(dirname "$0")/../.."

: "${KEY_VAULT_NAME:?run through azd: KEY_VAULT_NAME is an output of infra/main.bicep}"
: "${BOT_ID:?}" "${BOT_HOST_NAME:?}"

secret=graph-notifications-client-state
# `az keyvault secret show` fails when the secret does not exist (or the role assignment is still propagating).
if az keyvault secret show --vault-name "$KEY_VAULT_NAME" --name "$secret" --query id -o tsv >/dev/null 2>&1; then
  echo "postprovision: Key Vault secret $secret exists; kept."
else
  echo "postprovision: creating Key Vault secret $secret ..."
  # Role assignments can take a few minutes to apply: retry for up to 5 minutes.
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    if az keyvault secret set --vault-name "$KEY_VAULT_NAME" --name "$secret" \
      --value "$(openssl rand -base64 48 | tr -d '\n')" --query id -o tsv >/dev/null; then
      break
    fi
    [ "$attempt" = 10 ] && { echo "postprovision: could not write to Key Vault $KEY_VAULT_NAME" >&2; exit 1; }
    sleep 30
  done
fi

if [ -z "${TEAMS_APP_ID:-}" ]; then
  TEAMS_APP_ID=$(node -p 'require("crypto").randomUUID()')
  azd env set TEAMS_APP_ID "$TEAMS_APP_ID"
  echo "postprovision: TEAMS_APP_ID set to $TEAMS_APP_ID (kept in the azd environment)."
fi

npm ci --prefix manifest --no-audit --no-fund --loglevel=error
node manifest/build-package.mjs --app-id "$TEAMS_APP_ID" --bot-id "$BOT_ID" --host-name "$BOT_HOST_NAME" \
  --version "${APP_VERSION:-1.0.0}"
echo "postprovision: upload manifest/build/outreachbot.zip in the Teams admin center (docs/DEPLOY.md, step 6)."
