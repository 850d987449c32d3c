namespace CareDesk.Domain.Channels;

/// <summary>A product brand whose team owns channels and answers on them.</summary>
public sealed class Brand
{
    public const int MaxNameLength = 100;

    private Brand()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public static Brand Create(string name) => new() { Id = Guid.NewGuid(), Name = name.Trim() };
}
