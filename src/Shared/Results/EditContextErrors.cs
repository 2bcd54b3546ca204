using Microsoft.AspNetCore.Components.Forms;

namespace Focus.Quality.Shared.Results;

public static class EditContextErrors
{
    /// <summary>Shows a use case's field errors next to the form fields they belong to (unknown fields land on the form as a whole).</summary>
    public static void Show(this ValidationMessageStore store, EditContext editContext, IReadOnlyDictionary<string, string[]> errors)
    {
        store.Clear();
        foreach (var (field, messages) in errors)
        {
            var property = editContext.Model.GetType().GetProperty(field);
            var identifier = property is null ? new FieldIdentifier(editContext.Model, string.Empty) : editContext.Field(field);
            store.Add(identifier, messages);
        }

        editContext.NotifyValidationStateChanged();
    }
}
