# One Suishoupai function as a Lambda: its own role (least privilege), log group, published version and the
# `live` alias the HTTP API and the schedules call (SnapStart applies to published versions of JVM functions).

resource "aws_cloudwatch_log_group" "this" {
  name              = "/aws/lambda/${var.function.lambda_name}"
  retention_in_days = var.log_retention_days
  tags              = var.tags
}

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "this" {
  name               = var.function.lambda_name
  assume_role_policy = data.aws_iam_policy_document.assume.json
  tags               = var.tags
}

data "aws_iam_policy_document" "this" {
  statement {
    sid       = "Logs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.this.arn}:*"]
  }
  statement {
    sid = "VpcNetworkInterfaces"
    actions = ["ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DeleteNetworkInterface",
    "ec2:AssignPrivateIpAddresses", "ec2:UnassignPrivateIpAddresses"]
    resources = ["*"]
  }
  statement {
    # readiness checks the bucket (HeadBucket)
    sid       = "BucketReadiness"
    actions   = ["s3:ListBucket"]
    resources = [var.bucket_arn]
  }
  dynamic "statement" {
    # IAM authentication to the database proxy: a token signed with this role, no password
    for_each = length(var.database_connect_resources) > 0 ? [1] : []
    content {
      sid       = "DatabaseConnect"
      actions   = ["rds-db:connect"]
      resources = var.database_connect_resources
    }
  }
  dynamic "statement" {
    for_each = length(var.function.s3_actions) > 0 ? [1] : []
    content {
      sid       = "MediaObjects"
      actions   = var.function.s3_actions
      resources = ["${var.bucket_arn}/uploads/*", "${var.bucket_arn}/media/*"]
    }
  }
}

resource "aws_iam_role_policy" "this" {
  name   = "least-privilege"
  role   = aws_iam_role.this.id
  policy = data.aws_iam_policy_document.this.json
}

# The JVM zips are ~60 MB, over Lambda's 50 MB direct-upload limit: the artifact goes to S3 first, under a key
# that changes with its content (an unchanged build uploads nothing and publishes no new version).
resource "aws_s3_object" "artifact" {
  bucket = var.artifact_bucket
  key    = "${var.function.lambda_name}/${filemd5(var.function.artifact)}${endswith(var.function.artifact, ".jar") ? ".jar" : ".zip"}"
  source = var.function.artifact
  etag   = filemd5(var.function.artifact)
  tags   = var.tags
}

resource "aws_lambda_function" "this" {
  function_name    = var.function.lambda_name
  description      = var.function.description
  role             = aws_iam_role.this.arn
  s3_bucket        = aws_s3_object.artifact.bucket
  s3_key           = aws_s3_object.artifact.key
  source_code_hash = filebase64sha256(var.function.artifact)
  runtime          = var.function.runtime
  handler          = var.function.handler
  memory_size      = var.function.memory_mb
  timeout          = var.function.timeout_s
  architectures    = ["x86_64"]
  publish          = true

  environment {
    variables = merge(var.environment_variables, {
      # Quarkus on Lambda: no in-process scheduler (EventBridge Scheduler calls the functions)
      QUARKUS_SCHEDULER_ENABLED = "false"
    })
  }

  vpc_config {
    subnet_ids         = var.subnet_ids
    security_group_ids = var.security_group_ids
  }

  dynamic "snap_start" {
    for_each = var.function.snap_start ? [1] : []
    content {
      apply_on = "PublishedVersions"
    }
  }

  logging_config {
    log_format = "Text" # the function already writes one JSON object a line
    log_group  = aws_cloudwatch_log_group.this.name
  }

  depends_on = [aws_iam_role_policy.this]
  tags       = var.tags
}

resource "aws_lambda_alias" "live" {
  name             = "live"
  function_name    = aws_lambda_function.this.function_name
  function_version = aws_lambda_function.this.version
}
