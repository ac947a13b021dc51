# EventBridge Scheduler calls the reminder function's live alias with the same API Gateway v2 event the HTTP API
# would send (Quarkus' Lambda HTTP binding reads it), so run-reminders, deliver-notifications and the monthly
# bulletin go through the same code path, role check included. Each run is idempotent (see RELIABILITY.md), so a
# retried or doubled invocation does no harm.

resource "aws_scheduler_schedule_group" "this" {
  name = var.name
}

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["scheduler.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "scheduler" {
  name               = "${var.name}-scheduler"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

data "aws_iam_policy_document" "invoke" {
  statement {
    actions   = ["lambda:InvokeFunction"]
    resources = distinct([for s in values(var.schedules) : var.function_alias_arns[s.function]])
  }
}

resource "aws_iam_role_policy" "invoke" {
  name   = "invoke-scheduled-functions"
  role   = aws_iam_role.scheduler.id
  policy = data.aws_iam_policy_document.invoke.json
}

resource "aws_scheduler_schedule" "call" {
  for_each                     = var.schedules
  name                         = each.key
  group_name                   = aws_scheduler_schedule_group.this.name
  schedule_expression          = each.value.every
  schedule_expression_timezone = var.timezone
  state                        = var.enabled ? "ENABLED" : "DISABLED"

  flexible_time_window {
    mode = "OFF"
  }

  target {
    arn      = var.function_alias_arns[each.value.function]
    role_arn = aws_iam_role.scheduler.arn
    input = jsonencode({
      version        = "2.0"
      routeKey       = each.value.route
      rawPath        = split(" ", each.value.route)[1]
      rawQueryString = ""
      headers = {
        "authorization" = "Bearer ${var.scheduler_token}"
        "content-type"  = "application/json"
      }
      requestContext = {
        http = { method = split(" ", each.value.route)[0], path = split(" ", each.value.route)[1] }
      }
      body            = "{}"
      isBase64Encoded = false
    })
    retry_policy {
      maximum_retry_attempts       = 2
      maximum_event_age_in_seconds = 600
    }
  }
}
