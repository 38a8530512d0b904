using System.Collections.ObjectModel;

namespace FriendshipUnion.Domain.Common;

/// <summary>Read-only copies of the lists a domain object is given, so that the caller's list cannot change it
/// afterwards and a cast cannot change it at all.</summary>
internal static class Lists
{
    /// <summary>Copies a list, refusing a null list or a null item.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null or holds null.</exception>
    internal static ReadOnlyCollection<T> Copy<T>(IEnumerable<T> items, string paramName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, paramName);
        var copy = items.ToArray();
        foreach (var item in copy)
        {
            ArgumentNullException.ThrowIfNull(item, paramName);
        }

        return Array.AsReadOnly(copy);
    }
}
