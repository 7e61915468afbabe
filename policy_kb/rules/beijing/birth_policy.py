"""Beijing clause (4): the joint birth registration service."""

from policy_kb.report import Entitlement
from policy_kb.rules.base import Check, Context, decide, entry, reason


def birth_registration_joint_service(ctx: Context) -> list[Entitlement]:
    e = entry("beijing.birth_registration_joint_service")
    return [decide(e, [Check(True, reason("service.beijing_joint"))])]


RULES = [birth_registration_joint_service]
