// The bot's configuration as App Service settings (environment variables; `__` stands for `:`). Kept apart from
// the App Service module so the mapping from parameters to setting names is in one place. Names are those of the
// README's configuration table. No secret appears here: the one secret is a Key Vault reference.
targetScope = 'resourceGroup'

param identityClientId string
param tableEndpoint string
param keyVaultUri string
param applicationInsightsConnectionString string
param hostName string
param clinicName string
param clinicTimeZone string
param clinicMailDomains array
param intakeStaff array
param owners array
param clinicians array
param referralMailbox string
param graphMailEnabled bool
param graphNotificationsEnabled bool
param calendarSource string

var fixed = {
  ASPNETCORE_ENVIRONMENT: 'Production'
  // Azure.Identity's DefaultAzureCredential (Tables) picks the user-assigned identity by this.
  AZURE_CLIENT_ID: identityClientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  Bot__AppId: identityClientId
  Bot__TenantId: tenant().tenantId
  Bot__UseManagedIdentity: 'true'
  Storage__TableServiceUri: tableEndpoint
  Graph__TenantId: tenant().tenantId
  Graph__ClientId: identityClientId
  Graph__Mail__Enabled: graphMailEnabled ? 'true' : 'false'
  Graph__Notifications__Enabled: graphNotificationsEnabled ? 'true' : 'false'
  Graph__Notifications__NotificationUrl: 'https://${hostName}/api/graph/notifications'
  // Created once by infra/scripts/ensure-secrets.sh (azd postprovision hook); rotated there too.
  Graph__Notifications__ClientState: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/graph-notifications-client-state/)'
  Calendars__Source: calendarSource
  Clinic__Name: clinicName
  Clinic__TimeZone: clinicTimeZone
  // The local .eml folder and outbox are for development; on App Service they sit on the app's persistent /home.
  Mailbox__Folder: '/home/outreachbot/mailbox'
  Correspondence__OutboxFolder: '/home/outreachbot/outbox'
  Calendars__IcsFolder: '/home/outreachbot/calendars'
  WEBSITE_TIME_ZONE: 'UTC'
}

var mailbox = empty(referralMailbox) ? {} : {
  Graph__Mail__Mailboxes__0__User: referralMailbox
  Correspondence__From: referralMailbox
}

var domains = toObject(range(0, length(clinicMailDomains)), i => 'Detection__OwnDomains__${i}', i => clinicMailDomains[i])
var intake = toObject(range(0, length(intakeStaff)), i => 'Staff__IntakeStaff__${i}', i => intakeStaff[i])
var ownerSettings = toObject(range(0, length(owners)), i => 'Staff__Owners__${i}', i => owners[i])
var clinicianIds = toObject(range(0, length(clinicians)), i => 'Staff__Clinicians__${i}__Id', i => clinicians[i].id)
// One setting per clinician pathway: flatten the (clinician, pathway) pairs first, then name each.
var pathwayPairs = flatten(map(range(0, length(clinicians)), i => map(clinicians[i].?pathways ?? [], p => { clinician: i, pathway: p })))
var pathwayIndexes = map(range(0, length(pathwayPairs)), k => {
  key: 'Staff__Clinicians__${pathwayPairs[k].clinician}__Pathways__${length(filter(take(pathwayPairs, k), q => q.clinician == pathwayPairs[k].clinician))}'
  value: pathwayPairs[k].pathway
})
var clinicianPathways = toObject(pathwayIndexes, e => e.key, e => e.value)

@description('Every app setting, name to value.')
output values object = union(fixed, mailbox, domains, intake, ownerSettings, clinicianIds, clinicianPathways)
