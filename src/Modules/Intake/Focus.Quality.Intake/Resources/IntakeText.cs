namespace Focus.Quality.Intake.Resources;

/// <summary>Marker for the Intake module's UI and validation texts (IntakeText.resx is Dutch, IntakeText.en.resx English).</summary>
internal sealed class IntakeText;
