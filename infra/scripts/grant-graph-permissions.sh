#!/usr/bin/env bash
# Gives the bot's managed identity the three Microsoft Graph application permissions it uses, and only those:
#   Mail.ReadWrite       read the referral mailbox (delta sync, MIME of new messages) and write drafts: letters to
#                        referrers are createReply drafts, outreach email is a draft sent once (or left for review).
#                        It includes Mail.Read, so Mail.Read is not granted beside it.
#   Mail.Send            reply to referrers from the referral mailbox
#   Calendars.ReadWrite  read clinicians' free/busy and book evaluations
#
# Two ways, chosen by MODE (docs/DEPLOY.md, step 5):
#   MODE=rbac (default, recommended)  Exchange RBAC for Applications: NO tenant-wide Entra grant. The permissions are
#       Exchange roles ("Application Mail.ReadWrite", ...) assigned to the identity within a management scope that holds
#       only the referral mailbox and the clinicians' mailboxes. This script prints the PowerShell to run (Exchange
#       Online PowerShell has no az equivalent): infra/scripts/limit-mailbox-access.ps1 with the values filled in.
#   MODE=access-policy (older)  Entra app-role grants (tenant-wide) for the three permissions, then an Exchange
#       application access policy restricting them to a mail-enabled security group (limit-mailbox-access.ps1 -Legacy).
#
# Needs: az CLI signed in (`az login`) as a Privileged Role Administrator or Global Administrator of the clinic's
# tenant. Reads BOT_IDENTITY_PRINCIPAL_ID and BOT_ID from the azd environment (`azd env get-values`) or the shell.
set -euo pipefail

MODE=${MODE:-rbac}
# Line by line:
# 1. The identity's service principal object id and its client (app) id: outputs of infra/main.bicep.
if [[ -z "${BOT_IDENTITY_PRINCIPAL_ID:-}" || -z "${BOT_ID:-}" ]] && command -v azd >/dev/null; then
  eval "$(azd env get-values | grep -E '^(BOT_IDENTITY_PRINCIPAL_ID|BOT_ID|REFERRAL_MAILBOX)=')"
fi
: "${BOT_IDENTITY_PRINCIPAL_ID:?set BOT_IDENTITY_PRINCIPAL_ID (output of azd provision)}"
: "${BOT_ID:?set BOT_ID (output of azd provision)}"

if [[ "$MODE" == rbac ]]; then
  # 2r. Nothing is granted in Entra: print the Exchange step. Exchange needs the identity's object id and app id.
  cat <<EOS
Run in PowerShell 7 as an Exchange administrator (Install-Module ExchangeOnlineManagement once):

  ./infra/scripts/limit-mailbox-access.ps1 -AppId $BOT_ID -ObjectId $BOT_IDENTITY_PRINCIPAL_ID \\
      -ReferralMailbox ${REFERRAL_MAILBOX:-referrals@yourclinic.example} -ClinicianGroup clinicians@yourclinic.example

Then check it: Test-ServicePrincipalAuthorization -Identity $BOT_ID -Resource <a clinician's or the referral mailbox>
EOS
  exit 0
fi

# 2. The Microsoft Graph service principal in this tenant (its appId is the same in every tenant).
graph_sp=$(az ad sp show --id 00000003-0000-0000-c000-000000000000 --query id -o tsv)

# 3. For each permission: its app-role id on Graph, then an appRoleAssignment from the identity to Graph with that
#    role. Assigning an app role to a service principal is the admin consent for an application permission.
for permission in Mail.ReadWrite Mail.Send Calendars.ReadWrite; do
  role=$(az ad sp show --id 00000003-0000-0000-c000-000000000000 \
    --query "appRoles[?value=='$permission' && contains(allowedMemberTypes, 'Application')].id | [0]" -o tsv)
  # 4. Already assigned? (az rest lists the identity's assignments; running the script twice changes nothing.)
  existing=$(az rest --method GET \
    --url "https://graph.microsoft.com/v1.0/servicePrincipals/$BOT_IDENTITY_PRINCIPAL_ID/appRoleAssignments" \
    --query "value[?appRoleId=='$role'].id | [0]" -o tsv)
  if [[ -n "$existing" ]]; then
    echo "grant-graph-permissions: $permission already granted."
    continue
  fi
  # 5. Grant it.
  az rest --method POST \
    --url "https://graph.microsoft.com/v1.0/servicePrincipals/$BOT_IDENTITY_PRINCIPAL_ID/appRoleAssignments" \
    --headers 'Content-Type=application/json' \
    --body "{\"principalId\":\"$BOT_IDENTITY_PRINCIPAL_ID\",\"resourceId\":\"$graph_sp\",\"appRoleId\":\"$role\"}" >/dev/null
  echo "grant-graph-permissions: granted $permission."
done

# 6. An earlier version granted Mail.Read. Mail.ReadWrite includes it, so it adds nothing and only clutters
#    the audit. Say so rather than revoke it silently (an administrator may hold it for something else).
mail_read=$(az ad sp show --id 00000003-0000-0000-c000-000000000000 \
  --query "appRoles[?value=='Mail.Read' && contains(allowedMemberTypes, 'Application')].id | [0]" -o tsv)
if [[ -n "$(az rest --method GET --url "https://graph.microsoft.com/v1.0/servicePrincipals/$BOT_IDENTITY_PRINCIPAL_ID/appRoleAssignments" \
    --query "value[?appRoleId=='$mail_read'].id | [0]" -o tsv)" ]]; then
  echo "grant-graph-permissions: Mail.Read is also granted; Mail.ReadWrite covers it, remove it in Entra (Enterprise applications > OutreachBot > Permissions)."
fi

# 7. Show every Graph permission the identity holds: it must be exactly these three.
az rest --method GET --url "https://graph.microsoft.com/v1.0/servicePrincipals/$BOT_IDENTITY_PRINCIPAL_ID/appRoleAssignments" \
  --query "value[].appRoleId" -o tsv
echo "grant-graph-permissions: now limit them: ./infra/scripts/limit-mailbox-access.ps1 -Legacy -AppId $BOT_ID -ObjectId $BOT_IDENTITY_PRINCIPAL_ID -ClinicianGroup <mail-enabled security group>"
