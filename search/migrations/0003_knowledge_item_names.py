from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_knowledge_item_tag_names"),
    ]

    operations = [
        migrations.RenameField(model_name="knowledgeitem", old_name="tag_names", new_name="names"),
    ]
