-- Hardening (#12). A fulfilment message names its redemption, so cancelling the redemption withdraws the message in
-- the same transaction, and delivery can lock and re-check the redemption right before it sends.
ALTER TABLE outbox ADD COLUMN redemption_id bigint REFERENCES redemption (id);
UPDATE outbox SET redemption_id = (payload::jsonb ->> 'redemptionId')::bigint
 WHERE topic = 'reward.fulfilment' AND payload::jsonb ? 'redemptionId';
CREATE INDEX outbox_redemption_idx ON outbox (redemption_id) WHERE redemption_id IS NOT NULL;
