// The Azure Bot: single-tenant through the bot's user-assigned managed identity (msaAppType UserAssignedMSI, so
// no app secret), its messaging endpoint on the App Service, and the channels where staff meet it: Microsoft Teams,
// and Microsoft 365 (M365Extensions) so the message actions and cards also work in Outlook.

param name string
param tags object

@description('Free (F0) covers Teams and Microsoft 365, which are standard channels; S1 lifts the premium-channel limit.')
@allowed(['F0', 'S1'])
param skuName string

param displayName string

@description('https://{host}/api/messages')
param endpoint string

param identityResourceId string
param identityClientId string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: skuName
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppMSIResourceId: identityResourceId
    msaAppTenantId: tenant().tenantId
    // Direct Line and Web Chat keys are not used: only the channels below reach the bot.
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

resource microsoft365 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'M365Extensions'
  location: 'global'
  properties: {
    channelName: 'M365Extensions'
  }
}

output name string = bot.name
