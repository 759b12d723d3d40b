using '../main.bicep'

param environmentName = 'sample'
param location = 'eastus2'
param clinicName = 'Sample Clinic'
param clinicians = [
  { id: 'a@x.example', pathways: ['Hand', 'Adult'] }
  { id: 'b@x.example', pathways: ['Pediatric'] }
  { id: 'c@x.example' }
]
param intakeStaff = ['i1@x.example', 'i2@x.example']
param owners = ['owner@x.example']
param clinicMailDomains = ['x.example']
param referralMailbox = 'referrals@x.example'
param graphMailEnabled = true
param principalId = '00000000-0000-0000-0000-0000000000aa'
