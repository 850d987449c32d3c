using CareDesk.Domain.Common;
using CareDesk.Domain.Listening.Crisis;

namespace CareDesk.Domain.Listening.Rules;

public sealed class CrisisRoomMustBeOpenRule(CrisisRoom room) : ISequencingRule
{
    public bool IsBroken() => !room.IsOpen;

    public string Message => $"Crisis room {room.Number} was closed; open a new one from the alert to act again.";
}
