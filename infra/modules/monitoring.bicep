// Log Analytics and a workspace-based Application Insights. The app sends OpenTelemetry traces, metrics and logs
// (ids and outcomes only, never patient data) when APPLICATIONINSIGHTS_CONNECTION_STRING is set.

param logAnalyticsName string
param applicationInsightsName string
param location string
param tags object

@description('Days logs are kept. 30 is the free allowance; a clinic may choose longer for audit.')
@minValue(30)
@maxValue(730)
param retentionInDays int

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    retentionInDays: retentionInDays
    sku: {
      name: 'PerGB2018'
    }
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: applicationInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    // Telemetry is sent with the connection string; queries need Entra sign-in (no API keys).
    DisableLocalAuth: false
    RetentionInDays: retentionInDays
  }
}

output connectionString string = insights.properties.ConnectionString
output workspaceId string = workspace.id
output applicationInsightsName string = insights.name
