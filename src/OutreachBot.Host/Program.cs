using OutreachBot.Host.Calendars;
using OutreachBot.Host.Correspondence;
using OutreachBot.Host.Intake;
using OutreachBot.Host.Mailbox;
using OutreachBot.Host.Mailbox.Graph;
using OutreachBot.Host.MessageExtension;
using OutreachBot.Host.Operations;
using OutreachBot.Host.Outreach;
using OutreachBot.Host.Partners;
using OutreachBot.Host.Storage;
using OutreachBot.Host.Summaries;
using OutreachBot.Host.Teams;
using OutreachBot.Host.Triage;
using OutreachBot.Protocol.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddPipelineStorage();
builder.Services.AddSummaries();
builder.Services.AddPartnerCommands();
builder.Services.AddTriage();
builder.Services.AddClinicianIntake();
builder.Services.AddMailboxIntake();
builder.Services.AddGraphMail();
builder.Services.AddClinicianCalendars();
builder.Services.AddCorrespondence();
builder.Services.AddOutreach();
builder.Services.AddTriageFollowUps();
builder.Services.AddTeamsBot();
builder.Services.AddMessageActions();
builder.Services.AddHealthChecks();
builder.AddOperations();

var app = builder.Build();

app.MapBotMessages("/api/messages");
app.MapGraphNotifications("/api/graph/notifications");
app.MapHealthChecks("/healthz");
app.MapReadiness("/readyz");

app.Run();

/// <summary>The entry point, visible to the integration tests' host.</summary>
public partial class Program;
