output "schedule_names" {
  description = "The schedules created."
  value       = sort(keys(aws_scheduler_schedule.call))
}

output "group_name" {
  description = "Schedule group (pause all with enabled = false)."
  value       = aws_scheduler_schedule_group.this.name
}
