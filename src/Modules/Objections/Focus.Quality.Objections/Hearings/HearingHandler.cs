using FluentValidation;
using Focus.Quality.Objections.Contracts;
using Focus.Quality.Objections.Domain;
using Focus.Quality.Objections.Resources;
using Focus.Quality.Objections.Steps;
using Focus.Quality.Rules.Contracts;
using Focus.Quality.Shared.Letters;
using Focus.Quality.Shared.Results;
using Focus.Quality.Shared.Time;
using Microsoft.Extensions.Localization;

namespace Focus.Quality.Objections.Hearings;

/// <summary>The hearing steps: invite (with letter), record what was said, or note that the complainant waived it.</summary>
internal sealed class HearingHandler(
    ObjectionSteps steps,
    IValidator<InviteForm> inviteValidator,
    IValidator<HearingReportForm> reportValidator,
    ITermRules termRules,
    IStringLocalizer<ObjectionsText> text,
    TimeProvider clock)
{
    public async Task<Result<Guid>> InviteAsync(string reference, InviteForm form, string by, CancellationToken cancellationToken)
    {
        var validation = await inviteValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<Guid>.Invalid(validation.ToDictionary());
        }

        var hearingAt = AmsterdamTime.FromLocal(form.HearingAt!.Value);
        var employee = string.IsNullOrWhiteSpace(form.EmployeeInvited) ? null : form.EmployeeInvited.Trim();
        var letter = new StepLetter(ObjectionDocumentKind.InvitationLetter, LetterTemplateNames.HearingInvitation, form.LetterDate, DutchLetters.Compose(() =>
            new Dictionary<string, string>
            {
                ["HearingDate"] = DutchLetters.LongDate(DateOnly.FromDateTime(form.HearingAt.Value)),
                ["HearingTime"] = form.HearingAt.Value.ToString("HH:mm", DutchLetters.Culture),
                ["HearingForm"] = text[$"Letter.HearingForm.{form.Form}", form.Place!.Trim()].Value,
                ["EmployeeSentence"] = employee is null ? text["Letter.NoEmployee"].Value : text["Letter.EmployeeInvited", employee].Value,
            }));
        var hearing = new Domain.Hearing(hearingAt, form.Form, form.Place!.Trim(), employee, form.LetterDate, by);
        return await steps.RunAsync(reference, o => o.CanInvite, letter, by, (objection, document, now) => objection.Invite(hearing, document!, now), cancellationToken);
    }

    public async Task<Result<Guid>> RecordAsync(string reference, HearingReportForm form, string by, CancellationToken cancellationToken)
    {
        var validation = await reportValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<Guid>.Invalid(validation.ToDictionary());
        }

        var proposal = string.IsNullOrWhiteSpace(form.SettlementProposal) ? null : form.SettlementProposal.Trim();
        var report = new HearingReport(form.HeldOn, form.Attendees!.Trim(), form.Report!.Trim(), proposal, by);
        var document = new StepLetter(ObjectionDocumentKind.HearingReport, LetterTemplateNames.HearingReport, AmsterdamTime.Today(clock), DutchLetters.Compose(() =>
            new Dictionary<string, string>
            {
                ["HeldOn"] = DutchLetters.LongDate(report.HeldOn),
                ["Attendees"] = report.Attendees,
                ["Report"] = report.Report,
                ["SettlementProposal"] = report.SettlementProposal ?? text["Letter.NoSettlementProposal"].Value,
            }), Sent: false);
        return await steps.RunAsync(
            reference, o => o.CanRecordHearing, document, by, (objection, written, now) => objection.RecordHearing(report, written!, now), cancellationToken);
    }

    public async Task<Result<Guid>> WaiveAsync(string reference, WaiveForm form, string by, CancellationToken cancellationToken)
    {
        var waivedAt = AmsterdamTime.FromLocal(form.WaivedOn.ToDateTime(new TimeOnly(12, 0)));
        var decisionTerm = ((await termRules.ComputeAsync(new TermRequest(TermTriggers.HearingWaived, waivedAt, string.Empty, string.Empty), cancellationToken))
            .SingleOrDefault(t => t.Code == TermCodes.FinalDecision)
            ?? throw new InvalidOperationException("The published term rules define no decision term for a waived hearing.")).Applied();
        var waiver = new Waiver(form.WaivedOn, form.DidNotAttend, by);
        return await steps.RunAsync(reference, o => o.CanWaive, null, by, (objection, _, now) => objection.Waive(waiver, decisionTerm, now), cancellationToken);
    }
}
