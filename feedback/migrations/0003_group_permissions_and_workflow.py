"""Let Editors and Moderators work with feedback, and put "You said, we did"
responses through the approval workflow, as services are. Safe to run again.

Nobody is given ``add_comment``: comments come only from the public forms.
"""

from django.db import migrations

EDITORS = [
    "change_comment",
    "view_comment",
    "view_theme",
    "add_themeresponse",
    "change_themeresponse",
    "view_unmetsearch",
    "view_pagevote",
]
FEEDBACK_PERMISSIONS = {
    "Editors": EDITORS,
    "Moderators": [
        *EDITORS,
        "delete_comment",  # for example, to honour a request to erase it
        "add_theme",
        "change_theme",
        "delete_theme",
        "delete_themeresponse",
        "publish_themeresponse",
        "lock_themeresponse",
        "unlock_themeresponse",
    ],
}
WORKFLOW_NAME = "Moderators approval"


def seed(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    for group_name, codenames in FEEDBACK_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for codename in codenames:
            model = codename.split("_", 1)[1]
            content_type, _ = ContentType.objects.get_or_create(app_label="feedback", model=model)
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=codename,
                defaults={"name": codename.replace("_", " ").capitalize()},
            )
            group.permissions.add(permission)

    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME, active=True).first()
    if workflow is not None:
        response_type, _ = ContentType.objects.get_or_create(
            app_label="feedback", model="themeresponse"
        )
        WorkflowContentType.objects.update_or_create(
            content_type=response_type, defaults={"workflow": workflow}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0002_you_said_we_did"),
        ("localoffer", "0003_editor_groups_and_workflow"),
    ]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
