using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Focus.Quality.Intake;

internal static class IntakeTelemetry
{
    public const string Name = "Focus.Quality.Intake";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> ComplaintsRegistered =
        Meter.CreateCounter<long>("focus.complaints.registered", description: "Formal complaints registered, by channel");

    public static readonly Counter<long> SignalsRecorded =
        Meter.CreateCounter<long>("focus.signals.recorded", description: "Signals (resolved on the spot) recorded, by channel");

    public static readonly Counter<long> MailsStored =
        Meter.CreateCounter<long>("focus.mails.stored", description: "Messages read from a complaints mailbox and stored as inbox items");
}
